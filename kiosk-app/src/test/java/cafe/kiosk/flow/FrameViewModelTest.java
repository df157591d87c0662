package cafe.kiosk.flow;

import static cafe.kiosk.testing.Menus.LATTE;
import static org.assertj.core.api.Assertions.assertThat;

import cafe.client.ConnectionState;
import cafe.kiosk.pay.SimulatedCard;
import cafe.kiosk.testing.OpenKiosk;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FrameViewModelTest {

    private final OpenKiosk open = OpenKiosk.open();
    private final FrameViewModel frame = open.kiosk.frame();

    @Test
    void theHeaderSaysTheStepInTheCustomersLanguage() {
        assertThat(frame.step().get()).isEqualTo("환영합니다");
        assertThat(open.kiosk.windowTitle().getValue()).isEqualTo("셀프 주문 키오스크 · kiosk-1");
        open.atTheMenu();
        assertThat(frame.step().get()).isEqualTo("메뉴를 골라 주세요");

        frame.toggleLanguage();

        assertThat(frame.step().get()).isEqualTo("Choose from the menu");
        assertThat(frame.connectionBadge().get()).isEqualTo("Store connected");
        assertThat(open.kiosk.windowTitle().getValue()).as("the window title follows").isEqualTo("Self-order kiosk · kiosk-1");
    }

    @Test
    void aLostLinkCoversTheMenuButNotAPaymentUnderWay() {
        open.atTheMenu().add(LATTE);
        open.link.set(ConnectionState.RECONNECTING);
        assertThat(frame.offline().get()).isTrue();
        assertThat(frame.offlineTitle().get()).isEqualTo("매장 서버와 연결이 끊겼습니다. 다시 연결하는 중입니다…");
        assertThat(frame.connectionBadge().get()).isEqualTo("매장 연결 끊김");

        open.link.set(ConnectionState.CONNECTED);
        open.kiosk.menuScreen().showCart();
        open.kiosk.cartScreen().pay();
        open.kiosk.paymentScreen().present(SimulatedCard.APPROVE);
        open.link.set(ConnectionState.RECONNECTING);

        assertThat(frame.offline().get()).as("the payment screen says itself that it waits").isFalse();
    }

    @Test
    void aCustomerWhoWalksAwayIsAskedThenTheKioskStartsOver() {
        open.atTheMenu().add(LATTE);

        open.pass(Duration.ofSeconds(90));
        assertThat(frame.idleWarning().get()).isTrue();
        assertThat(frame.idleCountdown().get()).isEqualTo("10초 후 처음 화면으로 돌아갑니다");
        frame.touched();
        assertThat(frame.idleWarning().get()).isFalse();

        open.pass(Duration.ofSeconds(100));
        assertThat(open.kiosk.screenProperty().get()).isEqualTo(Screen.START);
        assertThat(open.kiosk.cart().isEmpty()).isTrue();
    }

    @Test
    void accessibleModeIsOneTapAwayAndSaysHowToGoBack() {
        assertThat(frame.accessibleButton().get()).isEqualTo("쉬운 주문 (큰 글씨·고대비)");

        frame.toggleAccessible();

        assertThat(frame.accessible().get()).isTrue();
        assertThat(frame.accessibleButton().get()).isEqualTo("기본 화면으로");
    }

    @Test
    void aLanguageAndEasyModeChosenOnTheStartScreenAndLeftAreUndoneForTheNextCustomerWithoutAsking() {
        frame.toggleLanguage();
        frame.toggleAccessible();

        open.pass(Duration.ofSeconds(179));
        assertThat(frame.step().get()).as("easy mode doubles the wait").isEqualTo("Welcome");

        open.pass(Duration.ofSeconds(2));
        assertThat(frame.step().get()).isEqualTo("환영합니다");
        assertThat(frame.accessible().get()).isFalse();
        assertThat(frame.idleWarning().get()).as("nothing to keep, so nobody is asked").isFalse();
        assertThat(open.kiosk.screenProperty().get()).isEqualTo(Screen.START);
    }

    @Test
    void aTouchOnTheStartScreenKeepsTheChosenLanguage() {
        frame.toggleLanguage();
        open.pass(Duration.ofSeconds(80));
        frame.touched();
        open.pass(Duration.ofSeconds(80));

        assertThat(frame.step().get()).isEqualTo("Welcome");
    }
}
