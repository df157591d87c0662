package cafe.kiosk.flow;

import static cafe.kiosk.testing.Menus.LATTE;
import static org.assertj.core.api.Assertions.assertThat;

import cafe.kiosk.pay.SimulatedCard;
import cafe.kiosk.testing.OpenKiosk;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DoneViewModelTest {

    private final OpenKiosk open = OpenKiosk.open().atTheMenu().add(LATTE);
    private final DoneViewModel done = open.kiosk.doneScreen();

    @Test
    void showsTheNumberTheServerGaveAndWhatWasOrdered() {
        payAsNumber(101);

        assertThat(open.kiosk.screenProperty().get()).isEqualTo(Screen.DONE);
        assertThat(done.orderNumber().getValue()).isEqualTo("101");
        assertThat(done.summary().get()).isEqualTo("매장에서 먹기  ·  5,000원");
        assertThat(done.lines().get()).containsExactly("1 × 카페 라떼  (레귤러 · 일반 우유)");
        assertThat(done.countdown().get()).isEqualTo("30초 후 처음 화면으로 돌아갑니다");
        assertThat(open.kiosk.cart().isEmpty()).isTrue();
    }

    @Test
    void countsDownThirtySecondsThenStartsOverForTheNextCustomer() {
        payAsNumber(102);

        open.pass(Duration.ofSeconds(29));
        assertThat(done.countdown().get()).isEqualTo("1초 후 처음 화면으로 돌아갑니다");
        open.pass(Duration.ofSeconds(1));

        assertThat(open.kiosk.screenProperty().get()).isEqualTo(Screen.START);
        assertThat(done.paidOrderProperty().get()).isNull();
    }

    @Test
    void aTapStartsOverAtOnceAndAccessibleModeDoublesTheTime() {
        open.kiosk.frame().toggleAccessible();
        payAsNumber(103);
        assertThat(done.countdown().get()).isEqualTo("60초 후 처음 화면으로 돌아갑니다");
        open.pass(DoneViewModel.NUMBER_HELD);

        done.newOrder();

        assertThat(open.kiosk.screenProperty().get()).isEqualTo(Screen.START);
        assertThat(open.kiosk.accessibleProperty().get()).as("the next customer gets the standard screen").isFalse();
    }

    /** A double tap on "No, thanks": its second tap lands on the number the moment it appears. */
    @Test
    void aTapTheMomentTheNumberAppearsLeavesItShownAndOneLaterStartsOver() {
        payAsNumber(105);

        done.newOrder();
        assertThat(open.kiosk.screenProperty().get()).isEqualTo(Screen.DONE);
        assertThat(done.orderNumber().getValue()).isEqualTo("105");
        open.pass(DoneViewModel.NUMBER_HELD);
        done.newOrder();

        assertThat(open.kiosk.screenProperty().get()).isEqualTo(Screen.START);
    }

    @Test
    void easyModeSwitchedOnWhileTheNumberShowsGivesTheCustomerItsDoubledTime() {
        payAsNumber(104);
        open.pass(Duration.ofSeconds(20));

        open.kiosk.frame().toggleAccessible();

        assertThat(done.countdown().get()).isEqualTo("60초 후 처음 화면으로 돌아갑니다");
        open.pass(Duration.ofSeconds(59));
        assertThat(open.kiosk.screenProperty().get()).isEqualTo(Screen.DONE);
    }

    private void payAsNumber(int number) {
        open.kiosk.menuScreen().showCart();
        open.paysWith(SimulatedCard.APPROVE, number);
        open.paid(number);
        open.kiosk.contactScreen().skip();
    }
}
