package cafe.kiosk.flow;

import cafe.client.KioskClient;
import cafe.contract.order.OrderType;
import cafe.contract.order.WaitEstimate;
import cafe.kiosk.order.Cart;
import cafe.kiosk.order.CartEntry;
import cafe.kiosk.order.LineProblem;
import cafe.terminal.i18n.Texts;
import cafe.terminal.time.Alarm;
import cafe.terminal.time.TerminalClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;

/** The cart: its lines with what changed marked, dine in or take out, the wait at the bar, the total, pay. */
public final class CartViewModel {

    private static final Duration WAIT_REFRESH = Duration.ofSeconds(20);

    /**
     * One line as the customer reads it; {@code problem} is null on a line nothing happened to, and
     * {@code canAddMore} is false on a line that must go (sold out), is at the most a line may hold, or
     * would take the order past what a kiosk takes.
     */
    public record Line(int index, String name, String options, String problem, String quantity, String total,
                       String picture, boolean canAddMore) {
    }

    private final Cart cart;
    private final ObjectProperty<OrderType> orderType;
    private final KioskClient kiosk;
    private final Executor ui;
    private final Runnable backToMenu;
    private final Runnable pay;
    private final ReadOnlyObjectWrapper<WaitEstimate> waitEstimate = new ReadOnlyObjectWrapper<>();
    private final ObjectBinding<List<Line>> lines;
    private final StringBinding notice;
    private final StringBinding waitText;
    private final StringBinding total;
    private final StringBinding payText;
    private final BooleanBinding canPay;
    private final Alarm waitRefresh;

    CartViewModel(Cart cart, ObjectProperty<OrderType> orderType, ObservableValue<Texts> texts, Notices notices,
                  ObservableBooleanValue orderingOpen, KioskClient kiosk, TerminalClock clock, Executor ui,
                  Runnable backToMenu, Runnable pay) {
        this.cart = cart;
        this.orderType = orderType;
        this.kiosk = kiosk;
        this.waitRefresh = new Alarm(clock);
        this.ui = ui;
        this.backToMenu = backToMenu;
        this.pay = pay;
        lines = Bindings.createObjectBinding(() -> IntStream.range(0, cart.lines().size())
                .mapToObj(index -> line(index, cart, texts.getValue())).toList(), cart.lines(), texts);
        notice = TextBindings.key(texts, notices.onCart());
        waitText = Bindings.createStringBinding(() -> waitText(texts.getValue(), waitEstimate.get()), waitEstimate, texts);
        total = Bindings.createStringBinding(() -> texts.getValue().won(cart.totalWon().get()), cart.totalWon(), texts);
        payText = Bindings.createStringBinding(() -> texts.getValue().get("cart.pay", total.get()), total, texts);
        canPay = cart.payable().and(orderingOpen);
    }

    // Properties

    public ObjectBinding<List<Line>> lines() {
        return lines;
    }

    /** The banner ("the menu has changed, check the marked lines"), or null. */
    public StringBinding notice() {
        return notice;
    }

    public ObjectProperty<OrderType> orderTypeProperty() {
        return orderType;
    }

    public ObservableValue<WaitEstimate> waitEstimate() {
        return waitEstimate.getReadOnlyProperty();
    }

    /** "About 4 min wait · 2 orders ahead of you". */
    public StringBinding waitText() {
        return waitText;
    }

    public StringBinding total() {
        return total;
    }

    public StringBinding payText() {
        return payText;
    }

    /** Lines to pay, none that must go first, and the store there to take it. */
    public BooleanBinding canPay() {
        return canPay;
    }

    // Commands

    public void dineIn() {
        orderType.set(OrderType.DINE_IN);
    }

    public void takeOut() {
        orderType.set(OrderType.TAKE_OUT);
    }

    public void less(int index) {
        cart.changeQuantity(index, -1);
    }

    public void more(int index) {
        cart.changeQuantity(index, 1);
    }

    /** Takes a line out; the last one gone, the customer is back at the menu. */
    public void remove(int index) {
        cart.remove(index);
        if (cart.isEmpty()) {
            backToMenu.run();
        }
    }

    public void addMore() {
        backToMenu.run();
    }

    public void pay() {
        if (canPay.get()) {
            pay.run();
        }
    }

    /** The customer arrived at the cart: the wait is asked for now, and again while they stay. */
    void shown() {
        refreshWait();
    }

    void tick(boolean onCart) {
        if (onCart && waitRefresh.rings()) {
            refreshWait();
        }
    }

    void reset() {
        waitEstimate.set(null);
        waitRefresh.clear();
    }

    private void refreshWait() {
        waitRefresh.setIn(WAIT_REFRESH);
        kiosk.waitEstimate().whenCompleteAsync((estimate, failure) -> waitEstimate.set(failure == null ? estimate : null),
                ui);
    }

    private static Line line(int index, Cart cart, Texts texts) {
        CartEntry entry = cart.lines().get(index);
        String problem = entry.problem() == LineProblem.NONE ? null
                : texts.get("cart.problem." + entry.problem().name().toLowerCase(), texts.won(entry.unitPriceWon()));
        return new Line(index, texts.of(entry.name()), texts.ofAll(entry.optionNames()), problem,
                String.valueOf(entry.quantity()), texts.won(entry.lineTotalWon()), entry.imageResource(),
                cart.hasRoomForOneMore(index));
    }

    private static String waitText(Texts texts, WaitEstimate estimate) {
        if (estimate == null) {
            return texts.get("cart.wait.unknown");
        }
        return estimate.ordersAhead() == 0 ? texts.get("cart.wait.none", Math.max(1, estimate.minutes()))
                : texts.get("cart.wait", Math.max(1, estimate.minutes()), estimate.ordersAhead());
    }
}
