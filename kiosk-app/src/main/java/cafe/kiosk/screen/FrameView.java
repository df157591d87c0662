package cafe.kiosk.screen;

import cafe.client.ConnectionState;
import cafe.kiosk.flow.KioskViewModel;
import cafe.kiosk.flow.Screen;
import cafe.kiosk.pay.PaymentStage;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * What every screen shares: the header with the step, the utility bar with language and
 * accessible mode, the layer the item dialog opens on, the idle countdown and the "store
 * unreachable" overlay. In accessible mode the header takes the upper half of the screen, so
 * every control sits within low reach.
 */
final class FrameView implements ScreenView {

    private static final double REACH = 0.5;

    @FXML private Node frame;
    @FXML private VBox header;
    @FXML private javafx.scene.layout.HBox brandMark;
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

    private final KioskViewModel viewModel;
    private final Scene scene;
    private final Watches watches = new Watches();

    FrameView(KioskViewModel viewModel, Scene scene) {
        this.viewModel = viewModel;
        this.scene = scene;
    }

    @FXML
    private void initialize() {
        var texts = viewModel.texts();
        brandMark.getChildren().add(Pictures.named("americano.png", 2.6));
        showWhen(reachHint, viewModel.accessibleProperty().get());
        header.minHeightProperty().bind(Bindings.when(viewModel.accessibleProperty())
                .then(scene.heightProperty().multiply(REACH)).otherwise(Region.USE_COMPUTED_SIZE));
        watches.watch(() -> {
            String step = texts.get("step." + viewModel.screenProperty().get().name().toLowerCase());
            stepLabel.setText(step);
            reachTitle.setText(step);
        }, viewModel.screenProperty());
        // the frame is built again when accessible mode changes, so these are set once
        accessibleButton.setText(texts.get(viewModel.accessibleProperty().get()
                ? "utility.accessible.off" : "utility.accessible.on"));
        watches.watch(() -> idleCountdown.setText(texts.get("idle.countdown",
                viewModel.idle().secondsLeftProperty().get())), viewModel.idle().secondsLeftProperty());
        watches.watch(this::showConnection, viewModel.connectionStateProperty(), viewModel.orderingOpen(),
                viewModel.screenProperty(), viewModel.checkout().stageProperty());
        watches.watch(this::showOverlays, viewModel.idle().warningProperty(), viewModel.connectionStateProperty(),
                viewModel.orderingOpen(), viewModel.screenProperty(), viewModel.checkout().stageProperty());
    }

    /** An overlay takes the whole screen: nothing under it can be pressed, not even by key. */
    private void showOverlays() {
        boolean idle = viewModel.idle().warningProperty().get();
        boolean offline = offlineOverlayShown();
        showWhen(idleOverlay, idle && !offline);
        showWhen(offlineOverlay, offline);
        frame.setDisable(idle || offline);
    }

    /**
     * Ordering pauses while the store is away, but a customer who is paying or has paid keeps their
     * screen: it says itself that it is waiting for the store, and the order number stays in sight.
     */
    private boolean offlineOverlayShown() {
        Screen shown = viewModel.screenProperty().get();
        boolean paying = shown == Screen.PAYMENT && viewModel.checkout().stageProperty().get() != PaymentStage.PRESENT_CARD;
        return !viewModel.orderingOpen().get() && shown != Screen.DONE && !paying;
    }

    private void showConnection() {
        ConnectionState state = viewModel.connectionStateProperty().get();
        boolean open = viewModel.orderingOpen().get();
        offlineTitle.setText(viewModel.texts().get(state == ConnectionState.CONNECTED
                ? "offline.menu" : state == ConnectionState.CONNECTING ? "offline.connecting" : "offline.lost"));
        connectionBadge.setText(viewModel.texts().get(open ? "utility.online" : "utility.offline"));
        connectionBadge.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("offline"), !open);
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
        showWhen(dialogLayer, dialog != null);
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
        watches.removeAll();
        header.minHeightProperty().unbind();
    }

    static void showWhen(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
