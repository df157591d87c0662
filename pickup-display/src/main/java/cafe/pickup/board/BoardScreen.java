package cafe.pickup.board;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXMLLoader;
import javafx.beans.binding.Bindings;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Scale;
import javafx.util.Duration;

/**
 * The board screen put together: the FXML view on its view model, and the one-second tick that
 * keeps the clock, the time-outs and the resync going. The board is laid out for a 1920x1080 TV and
 * scaled as a whole to whatever window or screen it gets, so a 720p TV or a laptop sees the same
 * picture. Create and close it on the JavaFX thread.
 */
public final class BoardScreen implements AutoCloseable {

    private static final String MESSAGES = "cafe.pickup.i18n.messages";
    private static final double WIDTH = 1920;
    private static final double HEIGHT = 1080;

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
        Region board;
        try {
            board = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The pickup board's layout could not be loaded", e);
        }
        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), tick -> viewModel.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        viewModel.tick();
        ticker.play();
        return new BoardScreen(scaledToFit(board), ticker, viewModel);
    }

    private static Parent scaledToFit(Region board) {
        board.setMinSize(WIDTH, HEIGHT);
        board.setPrefSize(WIDTH, HEIGHT);
        board.setMaxSize(WIDTH, HEIGHT);
        StackPane screen = new StackPane(new Group(board));
        screen.getStyleClass().add("board-screen");
        screen.getStylesheets().addAll(stylesheet("/cafe/pickup/theme/tv-dark.css"), stylesheet("Board.css"));
        Scale scale = new Scale();
        scale.xProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(screen.getWidth() / WIDTH, screen.getHeight() / HEIGHT),
                screen.widthProperty(), screen.heightProperty()));
        scale.yProperty().bind(scale.xProperty());
        board.getTransforms().add(scale);
        return screen;
    }

    private static String stylesheet(String name) {
        return BoardView.class.getResource(name).toExternalForm();
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
