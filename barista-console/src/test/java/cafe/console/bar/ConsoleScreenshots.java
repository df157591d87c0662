package cafe.console.bar;

import cafe.client.ConnectionState;
import cafe.console.fake.FakeBar;
import cafe.terminal.testing.MutableClock;
import cafe.terminal.testing.ScriptedConnection;
import cafe.console.fake.Rush;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Writes docs/screenshots/console-*.png: run with {@code -Dscreenshots.dir=<absolute dir>}. */
@EnabledIfSystemProperty(named = "screenshots.dir", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class ConsoleScreenshots {

    private final MutableClock clock = MutableClock.at("2025-05-02T03:12:00Z");
    private final FakeBar bar = new FakeBar(clock);
    private final ScriptedConnection connection = bar.connection(ConnectionState.CONNECTED);
    private final ConsoleFixture console = new ConsoleFixture(connection, clock);
    private final Path dir = Path.of(System.getProperty("screenshots.dir", "."));

    @Start
    void start(Stage stage) {
        Rush.on(bar, clock);
        console.show(stage, StationSettings.defaults(), 1920, 1080);
    }

    @Test
    void rush() {
        console.snapshot(dir.resolve("console-rush.png"));
    }

    @Test
    void rushInEnglishOnTheLightTheme() {
        console.onFx(() -> {
            console.viewModel.toggleLanguage();
            console.viewModel.toggleTheme();
        });
        console.snapshot(dir.resolve("console-rush-light-en.png"));
    }

    @Test
    void soldOutPanel() {
        console.onFx(console.viewModel::toggleSoldOutPanel);
        console.snapshot(dir.resolve("console-86-panel.png"));
    }

    @Test
    void doubleStartRefused() {
        bar.unheard(() -> bar.startFrom("bar-2", "order-104"));
        console.onFx(() -> {
            console.viewModel.selectSlot(4);
            console.viewModel.startSelected();
        });
        console.snapshot(dir.resolve("console-refused.png"));
    }

    @Test
    void disconnected() {
        connection.set(ConnectionState.RECONNECTING);
        console.snapshot(dir.resolve("console-disconnected.png"));
    }

    @Test
    void smallScreen() {
        console.onFx(() -> console.window.scene().scene().getWindow().setWidth(1280));
        console.onFx(() -> console.window.scene().scene().getWindow().setHeight(800));
        console.snapshot(dir.resolve("console-1280x800.png"));
    }
}
