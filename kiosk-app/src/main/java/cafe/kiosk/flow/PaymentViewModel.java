package cafe.kiosk.flow;

import cafe.contract.order.CardToken;
import cafe.terminal.i18n.Texts;
import cafe.kiosk.order.Cart;
import cafe.kiosk.pay.Checkout;
import cafe.kiosk.pay.PaymentStage;
import cafe.kiosk.pay.SimulatedCard;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * Paying at the card terminal: the cards to present, the wait while the store and the bank work, a
 * decline with its reason and another try, or a failure that needs staff.
 */
public final class PaymentViewModel {

    /** A card the simulated terminal offers, as printed on it. */
    public record Card(SimulatedCard card, String label, String brand, String number) {
    }

    private final Checkout checkout;
    private final Runnable backToCart;
    private final StringBinding total;
    private final ObjectBinding<List<Card>> cards;
    private final ObservableValue<String> cardInUse;
    private final StringBinding declineReason;
    private final StringBinding failedOrderNumber;

    PaymentViewModel(Checkout checkout, Cart cart, ObservableValue<Texts> texts, Runnable backToCart) {
        this.checkout = checkout;
        this.backToCart = backToCart;
        total = Bindings.createStringBinding(() -> texts.getValue().won(cart.totalWon().get()), cart.totalWon(), texts);
        cards = Bindings.createObjectBinding(() -> Arrays.stream(SimulatedCard.values())
                .map(card -> new Card(card, texts.getValue().get(card.labelKey()), card.brand(), "····  " + card.last4()))
                .toList(), texts);
        cardInUse = checkout.cardProperty().map(CardToken::toString).orElse("");
        declineReason = Bindings.createStringBinding(() -> reason(texts.getValue(), checkout.declineReasonProperty().get()),
                checkout.declineReasonProperty(), texts);
        failedOrderNumber = Bindings.createStringBinding(() -> forStaff(texts.getValue(),
                checkout.failedOrderNumberProperty().get()), checkout.failedOrderNumberProperty(), texts);
    }

    // Properties

    public StringBinding total() {
        return total;
    }

    public ReadOnlyObjectProperty<PaymentStage> stageProperty() {
        return checkout.stageProperty();
    }

    public ObjectBinding<List<Card>> cards() {
        return cards;
    }

    /** "VISA ···· 4242" while it is being charged. */
    public ObservableValue<String> cardInUse() {
        return cardInUse;
    }

    public ReadOnlyBooleanProperty waitingForStoreProperty() {
        return checkout.waitingForStoreProperty();
    }

    public ReadOnlyBooleanProperty askStaffProperty() {
        return checkout.askStaffProperty();
    }

    /** Why the bank said no, in the customer's words. */
    public StringBinding declineReason() {
        return declineReason;
    }

    /** "Order number 101: show it to a member of staff." when the failed order had one, else empty. */
    public StringBinding failedOrderNumber() {
        return failedOrderNumber;
    }

    // Commands

    public void present(SimulatedCard card) {
        checkout.present(card.read());
    }

    public void tryAnotherCard() {
        checkout.tryAnotherCard();
    }

    /** Back to the cart (not while the store is working on a payment). */
    public void backToCart() {
        backToCart.run();
    }

    private static String forStaff(Texts texts, int orderNumber) {
        return orderNumber == 0 ? "" : texts.get("pay.failed.number", String.valueOf(orderNumber));
    }

    private static String reason(Texts texts, String code) {
        if (code == null) {
            return "";
        }
        String key = "pay.reason." + code;
        return texts.bundle().containsKey(key) ? texts.get(key) : texts.get("pay.reason.other");
    }
}
