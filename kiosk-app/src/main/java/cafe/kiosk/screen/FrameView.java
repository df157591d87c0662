package cafe.kiosk.screen;

import cafe.kiosk.flow.FrameViewModel;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * What every screen shares: the header with the step, the utility bar with language and
 * accessible mode, the layer the item dialog opens on, the idle countdown and the "store
 * unreachable" overlay. In accessible mode the header takes the upper half of a portrait screen
 * (about a third of a landscape one, which is far less tall), so every control sits within low reach.
 */
final class FrameView implements ScreenView {

    private static final double REACH_PORTRAIT = 0.5;
    private static final double REACH_LANDSCAPE = 0.35;
    private static final PseudoClass OFFLINE = PseudoClass.getPseudoClass("offline");

    @FXML private StackPane root;
    @FXML private Node frame;
    @FXML private VBox header;
    @FXML private Node reachHint;
    @FXML private Label stepLabel;
    @FXML private Label reachTitle;
    @FXML private StackPane screenHost;
    @FXML private StackPane dialogLayer;
    @FXML private Node idleOverlay;
    @FXML private Label idleCountdown;
    @FXML private Node offlineOverlay;
    @FXML private Label offlineTitle;
    @FXML private Button accessibleButton;
    @FXML private Label connectionBadge;

    private final FrameViewModel viewModel;
    private final Scene scene;
    private Subscription follows = Subscription.EMPTY;
    /** What had the focus when an overlay covered the frame. */
    private Node beforeOverlay;

    FrameView(FrameViewModel viewModel, Scene scene) {
        this.viewModel = viewModel;
        this.scene = scene;
    }

    @FXML
    private void initialize() {
        Banner.showWhen(reachHint, viewModel.accessible());
        header.minHeightProperty().bind(Bindings.when(viewModel.accessible())
                .then(Bindings.createDoubleBinding(this::outOfReach, scene.widthProperty(), scene.heightProperty()))
                .otherwise(Region.USE_COMPUTED_SIZE));
        stepLabel.textProperty().bind(viewModel.step());
        reachTitle.textProperty().bind(viewModel.step());
        accessibleButton.textProperty().bind(viewModel.accessibleButton());
        idleCountdown.textProperty().bind(viewModel.idleCountdown());
        offlineTitle.textProperty().bind(viewModel.offlineTitle());
        connectionBadge.textProperty().bind(viewModel.connectionBadge());
        // an overlay takes the whole screen: nothing under it can be pressed, not even by key
        Banner.showWhen(idleOverlay, viewModel.idleWarning());
        Banner.showWhen(offlineOverlay, viewModel.offline());
        frame.disableProperty().bind(viewModel.idleWarning().or(viewModel.offline()));
        follows = viewModel.online().subscribe(online -> connectionBadge.pseudoClassStateChanged(OFFLINE, !online));
        keepFocusUnderOverlays();
        ArrowKeys.follow(root);
    }

    /**
     * A keypad user who said "keep ordering", or whose store came back, is where they were, not on
     * the screen's first control: the focus the overlay took is given back when it goes.
     */
    private void keepFocusUnderOverlays() {
        follows = follows.and(frame.disabledProperty().subscribe(covered -> {
            if (covered) {
                beforeOverlay = scene.getFocusOwner();
            } else if (beforeOverlay != null) {
                Node back = beforeOverlay;
                beforeOverlay = null;
                if (back.getScene() == scene && !back.isDisabled()) {
                    back.requestFocus();
                }
            }
        }));
    }

    /** How much of the screen, from the top, is out of a wheelchair user's reach. */
    private double outOfReach() {
        double height = scene.getHeight();
        return height * (scene.getWidth() > height ? REACH_LANDSCAPE : REACH_PORTRAIT);
    }

    void showScreen(Node root) {
        screenHost.getChildren().setAll(root);
    }

    /** Opens a dialog over the screen, or closes it with null. */
    void showDialog(Node dialog) {
        if (dialog == null) {
            dialogLayer.getChildren().clear();
        } else {
            dialogLayer.getChildren().setAll(dialog);
        }
        Banner.showWhen(dialogLayer, dialog != null);
        screenHost.setDisable(dialog != null);
    }

    @FXML
    private void toggleLanguage() {
        viewModel.toggleLanguage();
    }

    @FXML
    private void toggleAccessible() {
        viewModel.toggleAccessible();
    }

    @FXML
    private void moreTime() {
        viewModel.touched();
    }

    @Override
    public void dispose() {
        follows.unsubscribe();
        header.minHeightProperty().unbind();
    }
}
