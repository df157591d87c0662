package cafe.kiosk.flow;

import static cafe.kiosk.testing.Menus.CROISSANT;
import static cafe.kiosk.testing.Menus.LATTE;
import static org.assertj.core.api.Assertions.assertThat;

import cafe.client.CafeException;
import cafe.contract.order.OrderType;
import cafe.contract.order.WaitEstimate;
import cafe.contract.wire.ErrorCode;
import cafe.kiosk.pay.PaymentStage;
import cafe.kiosk.pay.SimulatedCard;
import cafe.kiosk.testing.Menus;
import cafe.kiosk.testing.OpenKiosk;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CartViewModelTest {

    private final OpenKiosk open = OpenKiosk.open().atTheMenu();
    private final CartViewModel cart = open.kiosk.cartScreen();

    @Test
    void linesReadAsTheCustomerChoseThem() {
        open.add(LATTE).add(CROISSANT);
        open.kiosk.menuScreen().showCart();

        cart.more(0);

        assertThat(cart.lines().get()).extracting(CartViewModel.Line::name, CartViewModel.Line::options,
                        CartViewModel.Line::quantity, CartViewModel.Line::total, CartViewModel.Line::problem)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("카페 라떼", "레귤러 · 일반 우유", "2", "10,000원", null),
                        org.assertj.core.groups.Tuple.tuple("크루아상", "", "1", "4,200원", null));
        assertThat(cart.total().get()).isEqualTo("14,200원");
        assertThat(cart.payText().get()).isEqualTo("14,200원 결제하기");
        assertThat(cart.canPay().get()).isTrue();
    }

    @Test
    void theWaitIsAskedWhenTheCartOpensAndAgainWhileTheCustomerStays() {
        open.store.wait = new WaitEstimate(2, 3, 4);
        open.add(LATTE);
        open.kiosk.menuScreen().showCart();
        assertThat(cart.waitText().get()).isEqualTo("예상 대기 약 4분 · 앞에 2건의 주문이 있습니다");

        open.store.wait = new WaitEstimate(0, 0, 1);
        open.pass(Duration.ofSeconds(20));

        assertThat(cart.waitText().get()).isEqualTo("바로 만들어 드려요 (약 1분)");
    }

    @Test
    void aQueueOfDrinksThatTakeNoTimeIsStillAboutAMinutesWaitNotZero() {
        open.store.wait = new WaitEstimate(1, 1, 0);
        open.add(LATTE);
        open.kiosk.menuScreen().showCart();

        assertThat(cart.waitText().get()).isEqualTo("예상 대기 약 1분 · 앞에 1건의 주문이 있습니다");
    }

    @Test
    void aSoldOutLineIsMarkedAndMustGoBeforePaying() {
        open.add(LATTE).add(CROISSANT);
        open.kiosk.menuScreen().showCart();

        open.store.publish(Menus.version(2, LATTE, CROISSANT.withAvailable(false)));

        assertThat(cart.lines().get().get(1).problem()).isEqualTo("품절되었습니다. 이 항목을 빼 주세요.");
        assertThat(cart.notice().get()).isEqualTo("메뉴가 바뀌었습니다. 표시된 항목을 확인해 주세요.");
        assertThat(cart.canPay().get()).isFalse();
        cart.remove(1);
        assertThat(cart.canPay().get()).isTrue();
        assertThat(cart.notice().get()).isNull();
    }

    @Test
    void aSoldOutLineCannotBeMadeMore() {
        open.add(LATTE).add(CROISSANT);
        open.kiosk.menuScreen().showCart();

        open.store.publish(Menus.version(2, LATTE, CROISSANT.withAvailable(false)));
        cart.more(1);

        assertThat(cart.lines().get()).extracting(CartViewModel.Line::canAddMore).containsExactly(true, false);
        assertThat(cart.lines().get().get(1).quantity()).isEqualTo("1");
        cart.less(0);
        assertThat(cart.lines().get().get(0).quantity()).as("the other line still changes").isEqualTo("1");
    }

    @Test
    void removingTheLastLineGoesBackToTheMenu() {
        open.add(CROISSANT);
        open.kiosk.menuScreen().showCart();

        cart.remove(0);

        assertThat(open.kiosk.screenProperty().get()).isEqualTo(Screen.MENU);
    }

    @Test
    void payingOpensTheCardTerminalForTheChosenOrderType() {
        open.add(LATTE);
        open.kiosk.menuScreen().showCart();
        cart.takeOut();

        cart.pay();

        assertThat(open.kiosk.screenProperty().get()).isEqualTo(Screen.PAYMENT);
        open.kiosk.paymentScreen().present(SimulatedCard.APPROVE);
        assertThat(open.store.placed).singleElement()
                .satisfies(order -> assertThat(order.orderType()).isEqualTo(OrderType.TAKE_OUT));
    }

    @Test
    void aCartTheStoreRefusesComesBackWithTheReasonUntilTheCustomerLeavesIt() {
        open.add(LATTE);
        open.kiosk.menuScreen().showCart();
        cart.pay();
        open.kiosk.paymentScreen().present(SimulatedCard.APPROVE);

        open.store.lastAcceptance().completeExceptionally(new CafeException(ErrorCode.MENU_CHANGED, "prices"));

        assertThat(open.kiosk.screenProperty().get()).isEqualTo(Screen.CART);
        assertThat(open.kiosk.checkout().stageProperty().get()).isEqualTo(PaymentStage.PRESENT_CARD);
        assertThat(cart.notice().get()).isEqualTo("메뉴가 변경되었습니다. 장바구니를 확인해 주세요.");
        cart.addMore();
        assertThat(open.kiosk.menuScreen().notice().get()).isNull();
        open.kiosk.menuScreen().showCart();
        assertThat(cart.notice().get()).isNull();
    }
}
