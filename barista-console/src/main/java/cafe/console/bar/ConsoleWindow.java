package cafe.console.bar;

import cafe.console.soldout.SoldOutView;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;

/**
 * The console's scene: loads the screen in the chosen language (and again when it changes), wears
 * the dark or light KDS theme, takes the bump bar's keys, and ticks the view model every second.
 */
public final class ConsoleWindow {

    private static final String TOKENS_DARK = "/cafe/console/theme/tokens-dark.css";
    private static final String TOKENS_LIGHT = "/cafe/console/theme/tokens-light.css";
    private static final String CONSOLE_CSS = "/cafe/console/theme/console.css";

    private final ConsoleViewModel viewModel;
    private final Scene scene;
    private final Timeline ticker;
    private ConsoleView view;

    public ConsoleWindow(ConsoleViewModel viewModel, double width, double height) {
        this.viewModel = viewModel;
        this.scene = new Scene(load(), width, height);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (BumpBarKeys.press(key.getCode(), viewModel)) {
                key.consume();
            }
        });
        viewModel.textsProperty().addListener((obs, was, now) -> reload());
        viewModel.darkThemeProperty().addListener((obs, was, now) -> applyTheme());
        applyTheme();
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> viewModel.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
    }

    public Scene scene() {
        return scene;
    }

    /** Starts following the server and the clock. */
    public void open() {
        viewModel.open();
        ticker.play();
    }

    public void close() {
        ticker.stop();
        view.dispose();
        viewModel.close();
    }

    private void reload() {
        view.dispose();
        scene.setRoot(load());
    }

    private Parent load() {
        FXMLLoader loader = new FXMLLoader(ConsoleView.class.getResource("Console.fxml"), viewModel.texts().bundle());
        loader.setControllerFactory(type -> type == SoldOutView.class
                ? new SoldOutView(viewModel.soldOut(), viewModel.texts(), () -> viewModel.soldOutOpenProperty().set(false))
                : new ConsoleView(viewModel));
        try {
            Parent root = loader.load();
            view = loader.getController();
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("Console.fxml could not be loaded", e);
        }
    }

    private void applyTheme() {
        scene.getStylesheets().setAll(
                css(viewModel.darkThemeProperty().get() ? TOKENS_DARK : TOKENS_LIGHT), css(CONSOLE_CSS));
    }

    private static String css(String resource) {
        return ConsoleWindow.class.getResource(resource).toExternalForm();
    }
}
