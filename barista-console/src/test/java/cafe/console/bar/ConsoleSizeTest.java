package cafe.console.bar;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.client.ConnectionState;
import cafe.console.fake.FakeBar;
import cafe.console.fake.Rush;
import cafe.terminal.testing.MutableClock;
import cafe.terminal.testing.ScreenFit;
import cafe.terminal.testing.ScriptedConnection;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The console on the screens bars have (1280x800 and up to 1920x1080), in both languages, busy,
 * with the 86 panel open, after a refusal and while the link is down: no text is cut short and no
 * control is off the screen. One window, resized in place.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleSizeTest {

    private static final double[][] SIZES = {{1280, 800}, {1920, 1080}};

    private final MutableClock clock = MutableClock.at("2025-05-02T03:12:00Z");
    private final FakeBar bar = new FakeBar(clock);
    private final ScriptedConnection connection = bar.connection(ConnectionState.CONNECTED);
    private final ConsoleFixture console = new ConsoleFixture(connection, clock);
    private final List<String> problems = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Rush.on(bar, clock);
        console.show(stage, StationSettings.defaults(), 1920, 1080);
    }

    @Test
    void everythingFitsOnEveryBarScreenInBothLanguages() {
        check("a rush");
        console.onFx(console.viewModel::toggleSoldOutPanel);
        check("the 86 panel");
        console.onFx(console.viewModel::toggleSoldOutPanel);
        bar.unheard(() -> bar.startFrom("bar-2", "order-104"));
        console.onFx(() -> {
            console.viewModel.selectSlot(4);
            console.viewModel.startSelected();
        });
        check("a refusal");
        connection.set(ConnectionState.RECONNECTING);
        check("the link down");

        assertThat(problems).isEmpty();
    }

    /** The one window, resized in place; only the new size is waited for, not frames. */
    private void check(String state) {
        Scene scene = console.window.scene().scene();
        for (int language = 0; language < 2; language++) {
            for (double[] size : SIZES) {
                ScreenFit.resize(scene, size[0], size[1], ConsoleFixture.PATIENCE);
                String where = state + ", " + console.viewModel.texts().locale() + ", "
                        + (int) size[0] + "x" + (int) size[1] + ": ";
                console.onFx(() -> ScreenFit.problems(scene).forEach(p -> problems.add(where + p)));
            }
            console.onFx(console.viewModel::toggleLanguage);
        }
    }
}
