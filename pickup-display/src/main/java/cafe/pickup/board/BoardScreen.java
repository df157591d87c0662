package cafe.pickup.board;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.animation.KeyFrame;
import javafx.animation.Animation;
import javafx.animation.Timeline;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Duration;

/**
 * The board screen put together: the FXML view on its view model, and the one-second tick that
 * keeps the clock, the time-outs and the resync going. Create and close it on the JavaFX thread.
 */
public final class BoardScreen implements AutoCloseable {

    private static final String MESSAGES = "cafe.pickup.i18n.messages";

    private final Parent root;
    private final Timeline ticker;
    private final BoardViewModel viewModel;

    private BoardScreen(Parent root, Timeline ticker, BoardViewModel viewModel) {
        this.root = root;
        this.ticker = ticker;
        this.viewModel = viewModel;
    }

    public static BoardScreen open(BoardViewModel viewModel, Locale locale) {
        FXMLLoader loader = new FXMLLoader(BoardView.class.getResource("Board.fxml"), messages(locale));
        loader.setControllerFactory(type -> new BoardView(viewModel));
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The pickup board's layout could not be loaded", e);
        }
        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), tick -> viewModel.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        viewModel.tick();
        ticker.play();
        return new BoardScreen(root, ticker, viewModel);
    }

    public static ResourceBundle messages(Locale locale) {
        return ResourceBundle.getBundle(MESSAGES, locale);
    }

    public Parent root() {
        return root;
    }

    @Override
    public void close() {
        ticker.stop();
        viewModel.close();
    }
}
