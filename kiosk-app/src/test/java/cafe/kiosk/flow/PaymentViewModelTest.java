package cafe.kiosk.flow;

import static cafe.kiosk.testing.Menus.LATTE;
import static org.assertj.core.api.Assertions.assertThat;

import cafe.client.CafeException;
import cafe.client.ConnectionState;
import cafe.contract.order.OrderStatus;
import cafe.contract.wire.ErrorCode;
import cafe.kiosk.i18n.KioskTexts;
import cafe.terminal.i18n.Texts;
import cafe.kiosk.pay.PaymentStage;
import cafe.kiosk.pay.SimulatedCard;
import cafe.kiosk.testing.OpenKiosk;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PaymentViewModelTest {

    private final OpenKiosk open = OpenKiosk.open(KioskTexts.english()).atTheMenu().add(LATTE);
    private final PaymentViewModel payment = open.kiosk.paymentScreen();

    @Test
    void theTerminalOffersTheTestCardsAndTheTotal() {
        open.kiosk.menuScreen().showCart();
        open.kiosk.cartScreen().pay();

        assertThat(payment.total().get()).isEqualTo("₩5,000");
        assertThat(payment.cards().get()).extracting(PaymentViewModel.Card::label).containsExactly(
                "Card that is approved", "Card that is declined", "Card without funds", "Card that never answers");
        assertThat(payment.cards().get().get(0).number()).isEqualTo("····  4242");
        assertThat(payment.stageProperty().get()).isEqualTo(PaymentStage.PRESENT_CARD);
    }

    @Test
    void aDeclineSaysWhyAndAnotherCardCanBeTried() {
        open.kiosk.menuScreen().showCart();
        open.paysWith(SimulatedCard.INSUFFICIENT_FUNDS, 101);
        assertThat(payment.stageProperty().get()).isEqualTo(PaymentStage.AUTHORIZING);
        assertThat(payment.cardInUse().getValue()).isEqualTo("BC ****9995");

        open.declined(101, "INSUFFICIENT_FUNDS");

        assertThat(payment.stageProperty().get()).isEqualTo(PaymentStage.DECLINED);
        assertThat(payment.declineReason().get()).isEqualTo("Your card has insufficient funds. Please try another card.");
        payment.tryAnotherCard();
        assertThat(payment.stageProperty().get()).isEqualTo(PaymentStage.PRESENT_CARD);
    }

    @Test
    void anOrderStaffCancelledWhileItWasPaidSendsTheCustomerToStaffWithItsNumberAndANewPaymentStartsWithout() {
        open.kiosk.menuScreen().showCart();
        open.paysWith(SimulatedCard.APPROVE, 1101);
        assertThat(payment.failedOrderNumber().get()).isEmpty();

        open.answered(1101, OrderStatus.CANCELLED);

        assertThat(payment.stageProperty().get()).isEqualTo(PaymentStage.FAILED);
        assertThat(payment.failedOrderNumber().get()).isEqualTo("Order number 1101: show it to a member of staff.");
        payment.backToCart();
        open.kiosk.cartScreen().pay();
        assertThat(payment.failedOrderNumber().get()).as("a new payment").isEmpty();
    }

    @Test
    void aCustomerSentToStaffWithTheNumberFindsItStillShownWhenTheyComeBackMinutesLater() {
        open.kiosk.menuScreen().showCart();
        open.paysWith(SimulatedCard.APPROVE, 1101);
        open.answered(1101, OrderStatus.CANCELLED);

        open.pass(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(open.kiosk.frame().idleWarning().get()).isFalse();
        assertThat(payment.failedOrderNumber().get()).isEqualTo("Order number 1101: show it to a member of staff.");

        open.pass(Duration.ofSeconds(1));
        assertThat(open.kiosk.frame().idleWarning().get()).as("five minutes untouched").isTrue();
        open.pass(Duration.ofSeconds(10));
        assertThat(open.kiosk.screenProperty().get()).isEqualTo(Screen.START);
    }

    @Test
    void aFailureWithNoNumberForStaffTimesOutLikeAnyOtherScreen() {
        open.kiosk.menuScreen().showCart();
        open.paysWith(SimulatedCard.APPROVE, 1101);
        storeNoLongerKnowsTheOrder();

        open.pass(Duration.ofSeconds(90));
        open.pass(Duration.ofSeconds(10));

        assertThat(open.kiosk.screenProperty().get()).isEqualTo(Screen.START);
    }

    @Test
    void anOrderTheStoreNoLongerKnowsShowsNoNumberSinceTheNextOrderGetsIt() {
        open.kiosk.menuScreen().showCart();
        open.paysWith(SimulatedCard.APPROVE, 1101);

        storeNoLongerKnowsTheOrder();

        assertThat(payment.stageProperty().get()).isEqualTo(PaymentStage.FAILED);
        assertThat(payment.failedOrderNumber().get()).isEmpty();
    }

    @Test
    void aFeedOpeningLateWhileTheStoreWorksOnThePaymentSendsNothingAgain() {
        open.kiosk.menuScreen().showCart();
        open.paysWith(SimulatedCard.APPROVE, 1101);
        int lookups = open.store.lookups.size();

        open.link.set(ConnectionState.CONNECTED); // told again: a feed refused at first has opened

        assertThat(open.store.placed).hasSize(1);
        assertThat(open.store.lookups).hasSize(lookups);
    }

    @Test
    void theCustomerCannotLeaveWhileTheStoreIsWorkingButMayBefore() {
        open.kiosk.menuScreen().showCart();
        open.paysWith(SimulatedCard.APPROVE, 101);

        payment.backToCart();
        assertThat(open.kiosk.screenProperty().get()).isEqualTo(Screen.PAYMENT);

        open.declined(101, "CARD_DECLINED");
        payment.backToCart();
        assertThat(open.kiosk.screenProperty().get()).isEqualTo(Screen.CART);
        assertThat(open.store.cancelled).as("the unpaid order is cancelled").hasSize(1);
    }

    /** The store answers the kiosk's question about the order: it does not know it (a power cut, a restore). */
    private void storeNoLongerKnowsTheOrder() {
        open.store.lookups.get(open.store.lookups.size() - 1).completeExceptionally(
                new CafeException(ErrorCode.ORDER_NOT_FOUND, "no such order"));
    }
}
