package cafe.console.bar;

import cafe.console.soldout.SoldOutView;
import cafe.terminal.fx.Fxml;
import cafe.terminal.fx.TerminalScene;
import cafe.terminal.fx.Ticker;
import javafx.scene.Parent;
import javafx.scene.input.KeyEvent;

/**
 * The console's scene: loads the screen in the chosen language (and again when it changes), wears
 * the dark or light KDS theme, takes the bump bar's keys, and ticks the view model every second.
 */
public final class ConsoleWindow {

    private static final String TOKENS_DARK = "/cafe/console/theme/tokens-dark.css";
    private static final String TOKENS_LIGHT = "/cafe/console/theme/tokens-light.css";
    private static final String CONSOLE_CSS = "/cafe/console/theme/console.css";

    private final ConsoleViewModel viewModel;
    private final TerminalScene scene;
    private final Ticker ticker;
    private ConsoleView view;

    public ConsoleWindow(ConsoleViewModel viewModel, double width, double height) {
        this.viewModel = viewModel;
        this.scene = new TerminalScene(width, height);
        scene.show(load());
        BumpBarKeys keys = new BumpBarKeys(viewModel);
        scene.scene().addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (keys.pressed(key.getCode())) {
                key.consume();
            }
        });
        scene.scene().addEventFilter(KeyEvent.KEY_RELEASED, key -> keys.released(key.getCode()));
        scene.scene().windowProperty().flatMap(window -> window.focusedProperty()).addListener((obs, was, focused) -> {
            if (!Boolean.TRUE.equals(focused)) {
                keys.letGoOfAll();
            }
        });
        viewModel.textsProperty().addListener((obs, was, now) -> reload());
        viewModel.darkThemeProperty().addListener((obs, was, now) -> applyTheme());
        applyTheme();
        ticker = Ticker.everySecond(viewModel::tick);
    }

    public TerminalScene scene() {
        return scene;
    }

    /** Starts following the server and the clock. */
    public void open() {
        viewModel.open();
        ticker.start();
    }

    public void close() {
        ticker.stop();
        view.dispose();
        viewModel.close();
    }

    private void reload() {
        view.dispose();
        scene.show(load());
    }

    private Parent load() {
        ConsoleView fresh = new ConsoleView(viewModel);
        Parent root = Fxml.load(ConsoleView.class, "Console.fxml", viewModel.texts().bundle(),
                type -> type == SoldOutView.class
                        ? new SoldOutView(viewModel.soldOut(), viewModel.texts(),
                                () -> viewModel.soldOutOpenProperty().set(false))
                        : fresh);
        view = fresh;
        return root;
    }

    private void applyTheme() {
        scene.wear(ConsoleWindow.class, viewModel.darkThemeProperty().get() ? TOKENS_DARK : TOKENS_LIGHT, CONSOLE_CSS);
    }
}
