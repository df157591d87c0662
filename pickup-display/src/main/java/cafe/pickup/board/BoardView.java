package cafe.pickup.board;

import cafe.client.ConnectionState;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.animation.ScaleTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.util.Duration;

/** The pickup board's FXML controller: binds the view model's columns and status to the screen. */
public final class BoardView {

    private static final PseudoClass OFFLINE = PseudoClass.getPseudoClass("offline");

    @FXML private ResourceBundle resources;
    @FXML private Region board;
    @FXML private TilePane preparingNumbers;
    @FXML private TilePane readyNumbers;
    @FXML private Label preparingCount;
    @FXML private Label readyCount;
    @FXML private Node preparingEmpty;
    @FXML private Node readyEmpty;
    @FXML private Node mutedBadge;
    @FXML private Node connectionStatus;
    @FXML private Label connectionText;
    @FXML private Label clock;

    private final BoardViewModel viewModel;

    public BoardView(BoardViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        bindColumn(viewModel.preparing(), preparingNumbers, preparingCount, preparingEmpty);
        bindColumn(viewModel.ready(), readyNumbers, readyCount, readyEmpty);
        BooleanBinding live = viewModel.connectedProperty().and(viewModel.answeringProperty());
        showWhen(connectionStatus, live.not());
        connectionText.textProperty().bind(Bindings.createStringBinding(this::connectionText,
                viewModel.connectionStateProperty(), viewModel.answeringProperty()));
        live.addListener((observable, was, now) -> board.pseudoClassStateChanged(OFFLINE, !now));
        board.pseudoClassStateChanged(OFFLINE, !live.get());
        showWhen(mutedBadge, viewModel.mutedProperty());
        clock.textProperty().bind(viewModel.timeOfDayProperty());
        viewModel.announcementProperty().addListener((observable, was, now) -> pulse(now));
    }

    private void bindColumn(BoardColumn column, TilePane tiles, Label count, Node empty) {
        Runnable redraw = () -> tiles.getChildren().setAll(tilesOf(column));
        column.shown().addListener((ListChangeListener<ShownNumber>) change -> redraw.run());
        column.overflowProperty().addListener(observable -> redraw.run());
        redraw.run();
        count.textProperty().bind(column.countProperty().asString());
        showWhen(count, column.countProperty().greaterThan(0));
        showWhen(empty, column.countProperty().isEqualTo(0));
        Runnable measure = () -> column.capacityProperty().set(capacity(tiles));
        tiles.widthProperty().addListener(observable -> measure.run());
        tiles.heightProperty().addListener(observable -> measure.run());
        tiles.prefTileWidthProperty().addListener(observable -> measure.run());
        tiles.prefTileHeightProperty().addListener(observable -> measure.run());
    }

    private List<Node> tilesOf(BoardColumn column) {
        List<Node> tiles = new ArrayList<>();
        column.shown().forEach(number -> tiles.add(NumberTile.of(number)));
        int overflow = column.overflowProperty().get();
        if (overflow > 0) {
            tiles.add(NumberTile.more(MessageFormat.format(resources.getString("board.more"), overflow),
                    resources.getString("board.more.caption")));
        }
        return tiles;
    }

    /** How many whole tiles fit in the pane; until it has a size, everything is shown. */
    private static int capacity(TilePane tiles) {
        if (tiles.getWidth() <= 0 || tiles.getHeight() <= 0) {
            return Integer.MAX_VALUE;
        }
        int columns = (int) ((tiles.getWidth() + tiles.getHgap()) / (tiles.getPrefTileWidth() + tiles.getHgap()));
        int rows = (int) ((tiles.getHeight() + tiles.getVgap()) / (tiles.getPrefTileHeight() + tiles.getVgap()));
        return Math.max(1, columns) * Math.max(1, rows);
    }

    private void pulse(Announcement announcement) {
        readyNumbers.getChildren().stream()
                .filter(tile -> ((NumberTile) tile).shows(announcement.orderId()))
                .findFirst()
                .ifPresent(tile -> {
                    ScaleTransition grow = new ScaleTransition(Duration.millis(420), tile);
                    grow.setFromX(1);
                    grow.setFromY(1);
                    grow.setToX(1.12);
                    grow.setToY(1.12);
                    grow.setAutoReverse(true);
                    grow.setCycleCount(6);
                    grow.play();
                });
    }

    private String connectionText() {
        ConnectionState state = viewModel.connectionStateProperty().get();
        return resources.getString(state == ConnectionState.CONNECTED ? "board.connection.unanswered"
                : state == ConnectionState.CONNECTING ? "board.connection.connecting" : "board.connection.lost");
    }

    private static void showWhen(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
