package cafe.kiosk.screen;

import cafe.kiosk.flow.PaymentViewModel;
import cafe.kiosk.flow.PaymentViewModel.Card;
import cafe.terminal.i18n.Texts;
import cafe.kiosk.pay.PaymentStage;
import cafe.kiosk.pay.SimulatedCard;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.util.Subscription;

/**
 * Paying: the card terminal's prompt with the simulated cards (PaymentCard.fxml), the wait while the
 * store and the bank work, a decline with its reason and another try, or a failure that needs staff.
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
    @FXML private Label failedOrderNumber;

    private final PaymentViewModel viewModel;
    private final Texts texts;
    private Subscription follows = Subscription.EMPTY;

    PaymentView(PaymentViewModel viewModel, Texts texts) {
        this.viewModel = viewModel;
        this.texts = texts;
    }

    @FXML
    private void initialize() {
        total.textProperty().bind(viewModel.total());
        cardInUse.textProperty().bind(viewModel.cardInUse());
        declineReason.textProperty().bind(viewModel.declineReason());
        failedOrderNumber.textProperty().bind(viewModel.failedOrderNumber());
        Banner.showWhen(failedOrderNumber, viewModel.failedOrderNumber().isNotEmpty());
        Banner.showWhen(waitingForStore, viewModel.waitingForStoreProperty());
        Banner.showWhen(askStaff, viewModel.askStaffProperty());
        Banner.showWhen(presentPane, viewModel.stageProperty().isEqualTo(PaymentStage.PRESENT_CARD));
        Banner.showWhen(authorizingPane, viewModel.stageProperty().isEqualTo(PaymentStage.AUTHORIZING)
                .or(viewModel.stageProperty().isEqualTo(PaymentStage.APPROVED)));
        Banner.showWhen(declinedPane, viewModel.stageProperty().isEqualTo(PaymentStage.DECLINED));
        Banner.showWhen(failedPane, viewModel.stageProperty().isEqualTo(PaymentStage.FAILED));
        follows = Subscription.combine(
                viewModel.cards().subscribe(this::drawCards),
                viewModel.stageProperty().subscribe(stage -> Focus.first(screenRoot)));
    }

    private void drawCards(List<Card> offered) {
        cards.getChildren().setAll(offered.stream().map(this::card).toList());
    }

    private Node card(Card card) {
        Button button = Layouts.load("PaymentCard.fxml", new CardView(card), texts);
        button.setId("card-" + card.card().name().toLowerCase().replace('_', '-'));
        button.setAccessibleText(card.label() + ", " + card.brand() + " " + card.number());
        if (card.card() == SimulatedCard.APPROVE) {
            button.getStyleClass().add("first-focus");
        }
        return button;
    }

    @FXML
    private void tryAnotherCard() {
        viewModel.tryAnotherCard();
    }

    @FXML
    private void backToCart() {
        viewModel.backToCart();
    }

    @Override
    public void dispose() {
        follows.unsubscribe();
    }

    /** One card's controller: fills PaymentCard.fxml and presents the card. */
    private final class CardView {

        @FXML private Label brand;
        @FXML private Label number;
        @FXML private Label label;

        private final Card card;

        CardView(Card card) {
            this.card = card;
        }

        @FXML
        private void initialize() {
            brand.setText(card.brand());
            number.setText(card.number());
            label.setText(card.label());
        }

        @FXML
        private void present() {
            viewModel.present(card.card());
        }
    }
}
