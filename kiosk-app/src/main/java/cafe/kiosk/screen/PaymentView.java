package cafe.kiosk.screen;

import cafe.kiosk.flow.KioskViewModel;
import cafe.kiosk.pay.Checkout;
import cafe.kiosk.pay.PaymentStage;
import cafe.kiosk.pay.SimulatedCard;
import cafe.terminal.i18n.Texts;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Paying: the card terminal's prompt with the simulated cards, the wait while the store and the bank
 * work, a decline with its reason and another try, or a failure that needs staff.
 */
final class PaymentView implements ScreenView {

    @FXML private Node screenRoot;
    @FXML private Label total;
    @FXML private Node presentPane;
    @FXML private Node authorizingPane;
    @FXML private Node declinedPane;
    @FXML private Node failedPane;
    @FXML private FlowPane cards;
    @FXML private Label cardInUse;
    @FXML private Label waitingForStore;
    @FXML private Label askStaff;
    @FXML private Label declineReason;

    private final KioskViewModel viewModel;
    private final Checkout checkout;
    private final Watches watches = new Watches();

    PaymentView(KioskViewModel viewModel) {
        this.viewModel = viewModel;
        this.checkout = viewModel.checkout();
    }

    @FXML
    private void initialize() {
        Texts texts = viewModel.texts();
        total.setText(texts.won(viewModel.cart().totalWon().get()));
        for (SimulatedCard card : SimulatedCard.values()) {
            cards.getChildren().add(cardButton(card, texts));
        }
        watches.watch(this::showStage, checkout.stageProperty());
        watches.watch(() -> FrameView.showWhen(waitingForStore, checkout.waitingForStoreProperty().get()),
                checkout.waitingForStoreProperty());
        watches.watch(() -> FrameView.showWhen(askStaff, checkout.askStaffProperty().get()), checkout.askStaffProperty());
        watches.watch(() -> cardInUse.setText(checkout.cardProperty().get() == null ? ""
                : checkout.cardProperty().get().toString()), checkout.cardProperty());
        watches.watch(() -> declineReason.setText(reason(texts, checkout.declineReasonProperty().get())),
                checkout.declineReasonProperty());
    }

    private Button cardButton(SimulatedCard card, Texts texts) {
        Label label = new Label(texts.get(card.labelKey()));
        label.getStyleClass().add("card-label");
        Label brand = new Label(card.brand());
        brand.getStyleClass().add("card-brand");
        Label number = new Label("····  " + card.last4());
        number.getStyleClass().add("card-number");
        VBox face = new VBox(brand, number, label);
        face.getStyleClass().add("card-face");
        Button button = new Button(null, face);
        button.setId("card-" + card.name().toLowerCase().replace('_', '-'));
        button.getStyleClass().add("card-button");
        if (card == SimulatedCard.APPROVE) {
            button.getStyleClass().add("first-focus");
        }
        button.setOnAction(event -> checkout.present(card.read()));
        return button;
    }

    private void showStage() {
        PaymentStage stage = checkout.stageProperty().get();
        Map.of(presentPane, PaymentStage.PRESENT_CARD, authorizingPane, PaymentStage.AUTHORIZING,
                declinedPane, PaymentStage.DECLINED, failedPane, PaymentStage.FAILED)
                .forEach((pane, shownAt) -> FrameView.showWhen(pane, shownAt == stage
                        || (pane == authorizingPane && stage == PaymentStage.APPROVED)));
        Focus.first(screenRoot);
    }

    private static String reason(Texts texts, String code) {
        if (code == null) {
            return "";
        }
        String key = "pay.reason." + code;
        return texts.bundle().containsKey(key) ? texts.get(key) : texts.get("pay.reason.other");
    }

    @FXML
    private void tryAnotherCard() {
        checkout.tryAnotherCard();
    }

    @FXML
    private void backToCart() {
        viewModel.leavePayment();
    }

    @Override
    public void dispose() {
        watches.removeAll();
    }
}
