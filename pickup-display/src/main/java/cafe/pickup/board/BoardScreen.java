package cafe.pickup.board;

import cafe.terminal.fx.Fxml;
import cafe.terminal.fx.TerminalScene;
import cafe.terminal.fx.Ticker;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Scale;

/**
 * The board screen put together: the FXML view on its view model in a 1920x1080 scene wearing the
 * TV theme, and the one-second tick that keeps the clock, the time-outs and the resync going. The
 * board is laid out for a 1920x1080 TV and scaled as a whole to whatever window or screen it gets,
 * so a 720p TV or a laptop sees the same picture. Create and close it on the JavaFX thread.
 */
public final class BoardScreen implements AutoCloseable {

    private static final String MESSAGES = "cafe.pickup.i18n.messages";
    private static final double WIDTH = 1920;
    private static final double HEIGHT = 1080;

    private final TerminalScene scene;
    private final Ticker ticker;
    private final BoardViewModel viewModel;

    private BoardScreen(TerminalScene scene, Ticker ticker, BoardViewModel viewModel) {
        this.scene = scene;
        this.ticker = ticker;
        this.viewModel = viewModel;
    }

    public static BoardScreen open(BoardViewModel viewModel, Locale locale) {
        Region board = Fxml.load(BoardView.class, "Board.fxml", messages(locale), type -> new BoardView(viewModel));
        TerminalScene scene = new TerminalScene(WIDTH, HEIGHT);
        scene.show(scaledToFit(board));
        scene.wear(BoardScreen.class, "/cafe/pickup/theme/tv-dark.css", "Board.css");
        Ticker ticker = Ticker.everySecond(viewModel::tick);
        viewModel.tick();
        ticker.start();
        return new BoardScreen(scene, ticker, viewModel);
    }

    private static Parent scaledToFit(Region board) {
        board.setMinSize(WIDTH, HEIGHT);
        board.setPrefSize(WIDTH, HEIGHT);
        board.setMaxSize(WIDTH, HEIGHT);
        StackPane screen = new StackPane(new Group(board));
        screen.getStyleClass().add("board-screen");
        // no minimum from the board: a screen as small as its window sets the scale, which a
        // minimum of the board's own size (1920x1080 at first) would pin at 1 and clip the board
        screen.setMinSize(0, 0);
        Scale scale = new Scale();
        scale.xProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(screen.getWidth() / WIDTH, screen.getHeight() / HEIGHT),
                screen.widthProperty(), screen.heightProperty()));
        scale.yProperty().bind(scale.xProperty());
        board.getTransforms().add(scale);
        return screen;
    }

    public static ResourceBundle messages(Locale locale) {
        return ResourceBundle.getBundle(MESSAGES, locale);
    }

    /** The scene the board is shown in, at the TV's size. */
    public TerminalScene scene() {
        return scene;
    }

    @Override
    public void close() {
        ticker.stop();
        viewModel.close();
    }
}
