package cafe.kiosk.pay;

import cafe.client.CafeException;
import cafe.client.KioskClient;
import cafe.contract.order.CancelOrder;
import cafe.contract.order.CardToken;
import cafe.contract.order.CartProblem;
import cafe.contract.order.OrderAccepted;
import cafe.contract.order.OrderStatus;
import cafe.contract.order.OrderType;
import cafe.contract.order.OrderUpdate;
import cafe.contract.order.PlaceOrder;
import cafe.contract.order.RetryPayment;
import cafe.contract.wire.ErrorCode;
import cafe.contract.wire.Json;
import cafe.contract.wire.TimeOrderedIds;
import cafe.kiosk.order.Cart;
import cafe.terminal.time.Alarm;
import cafe.terminal.time.TerminalClock;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Paying for the cart: the card is presented, the order is placed (or, after a decline, paid again
 * with another card), and the kiosk waits for the server to say paid or declined. It never charges
 * twice: a command whose answer was lost is sent again (a PlaceOrder with the same idempotency key),
 * only the server's word makes an order paid, and a decline is believed only from the order's status
 * asked after the current card was accepted, never from an answer about an earlier card. Everything
 * here runs on the UI thread; answers come back through the UI executor.
 */
public final class Checkout {

    private static final Logger LOG = LoggerFactory.getLogger(Checkout.class);
    private static final ObjectMapper JSON = Json.newMapper();
    /** How often to ask for the order's status while waiting, in case an event was missed. */
    private static final Duration STATUS_POLL = Duration.ofSeconds(3);
    /** How long to wait before sending an unanswered command again. */
    private static final Duration RESEND = Duration.ofSeconds(3);
    /** After this long the customer is told to ask staff; the kiosk keeps following the order. */
    private static final Duration ASK_STAFF = Duration.ofSeconds(90);
    private static final Set<ErrorCode> CART_REFUSALS = EnumSet.of(ErrorCode.MENU_CHANGED, ErrorCode.ITEM_SOLD_OUT,
            ErrorCode.UNKNOWN_ITEM, ErrorCode.INVALID_OPTION, ErrorCode.INVALID_QUANTITY, ErrorCode.ORDER_TOO_LARGE);
    /** Answers that say nothing about the order: the same command goes again. */
    private static final Set<ErrorCode> TRANSIENT = EnumSet.of(ErrorCode.NOT_CONNECTED, ErrorCode.TIMEOUT,
            ErrorCode.MENU_UNAVAILABLE, ErrorCode.INTERNAL_ERROR);

    private final ReadOnlyObjectWrapper<PaymentStage> stage = new ReadOnlyObjectWrapper<>(PaymentStage.PRESENT_CARD);
    private final ReadOnlyStringWrapper declineReason = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper waitingForStore = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper askStaff = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<CardToken> card = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper failedOrderNumber = new ReadOnlyIntegerWrapper();

    private final KioskClient kiosk;
    private final Executor ui;
    private final String kioskId;
    private final Consumer<PaidOrder> paid;
    private final Consumer<ErrorCode> reviewCart;

    private Cart cart;
    private OrderType orderType;
    private PlaceOrder placing;
    private String orderId;
    /** The key the order was placed with: it proves to the server that this kiosk may cancel it. */
    private String orderKey;
    private int orderNumber;
    /** The store's number of the payment attempt last accepted: a retry names it as the one declined. */
    private int paymentAttempt;
    private long chargedWon;
    /** Grows with every card presented, so an answer about an earlier card is recognised and dropped. */
    private int attempt;
    private boolean commandUnanswered;
    /** A send of the command going out now went unanswered: it may have reached the store. */
    private boolean mayHaveArrived;
    /** When the command goes again or the status is asked, on the steady count, as the two below. */
    private final Alarm nextCheck;
    private final Alarm staffNeeded;
    private final List<CancelOrder> cancelsOwed = new ArrayList<>();
    private final Alarm nextCancel;

    public Checkout(KioskClient kiosk, Executor ui, TerminalClock clock, String kioskId, Consumer<PaidOrder> paid,
                    Consumer<ErrorCode> reviewCart) {
        this.kiosk = kiosk;
        this.ui = ui;
        this.nextCheck = new Alarm(clock);
        this.staffNeeded = new Alarm(clock);
        this.nextCancel = new Alarm(clock);
        this.kioskId = kioskId;
        this.paid = paid;
        this.reviewCart = reviewCart;
    }

    // Properties

    public ReadOnlyObjectProperty<PaymentStage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    /** The decline's reason code (CARD_DECLINED, INSUFFICIENT_FUNDS, UNAVAILABLE, EXPIRED). */
    public ReadOnlyStringProperty declineReasonProperty() {
        return declineReason.getReadOnlyProperty();
    }

    /** A command went out and the store has not answered yet; it is sent again by itself. */
    public ReadOnlyBooleanProperty waitingForStoreProperty() {
        return waitingForStore.getReadOnlyProperty();
    }

    /** The payment has taken too long for a customer to wait alone. */
    public ReadOnlyBooleanProperty askStaffProperty() {
        return askStaff.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CardToken> cardProperty() {
        return card.getReadOnlyProperty();
    }

    /**
     * The number of the order that FAILED, for staff to look it up; 0 if the store had not taken it
     * or no longer knows it (after a power cut or a restore the number goes to the next order).
     */
    public ReadOnlyIntegerProperty failedOrderNumberProperty() {
        return failedOrderNumber.getReadOnlyProperty();
    }

    /** While the store works on a payment the customer must not be timed out or sent away. */
    public boolean busy() {
        return stage.get() == PaymentStage.AUTHORIZING;
    }

    // Commands

    public void begin(Cart cartToPay, OrderType type) {
        cart = cartToPay;
        orderType = type;
        placing = null;
        orderId = null;
        attempt++;
        card.set(null);
        waitingForStore.set(false);
        failedOrderNumber.set(0);
        stage.set(PaymentStage.PRESENT_CARD);
    }

    /** The customer tapped or inserted a card. */
    public void present(CardToken presented) {
        if (stage.get() != PaymentStage.PRESENT_CARD) {
            return;
        }
        attempt++;
        card.set(presented);
        askStaff.set(false);
        staffNeeded.setIn(ASK_STAFF);
        stage.set(PaymentStage.AUTHORIZING);
        mayHaveArrived = false;
        if (orderId == null) {
            placing = new PlaceOrder(TimeOrderedIds.next(), kioskId, orderType, cart.toCartLines(),
                    cart.totalWon().get(), presented, null);
        }
        send();
    }

    public void tryAnotherCard() {
        if (stage.get() == PaymentStage.DECLINED) {
            card.set(null);
            stage.set(PaymentStage.PRESENT_CARD);
        }
    }

    /** Gives up paying (not while the store is working); an unpaid order on the server is cancelled. */
    public boolean cancel() {
        if (busy()) {
            return false;
        }
        if (orderId != null && stage.get() != PaymentStage.APPROVED) {
            cancelUnpaid(new CancelOrder(orderId, "customer left the kiosk", orderKey));
        }
        orderId = null;
        placing = null;
        attempt++;
        stage.set(PaymentStage.PRESENT_CARD);
        return true;
    }

    /**
     * Tells the server an unpaid order was left; if it cannot be told now, it is told again every few
     * seconds and on reconnect, until it answers.
     */
    private void cancelUnpaid(CancelOrder abandoned) {
        cancelUnpaid(abandoned, true);
    }

    private void cancelUnpaid(CancelOrder abandoned, boolean firstTry) {
        kiosk.cancelUnpaid(abandoned).whenCompleteAsync((ok, failure) -> {
            if (failure == null) {
                LOG.info("Order {} cancelled unpaid at the kiosk", abandoned.orderId());
            } else if (CafeException.of(failure).map(e -> TRANSIENT.contains(e.code())).orElse(true)) {
                if (firstTry) {
                    LOG.warn("Order {} could not be cancelled yet, trying again: {}", abandoned.orderId(),
                            failure.toString());
                }
                cancelsOwed.add(abandoned);
                nextCancel.setIn(RESEND);
            } else {
                LOG.warn("Order {} could not be cancelled: {}", abandoned.orderId(), failure.toString());
            }
        }, ui);
    }

    /** An order event from the server: paid is believed at once, anything else is checked first. */
    public void onOrderUpdate(OrderUpdate update) {
        if (!busy() || orderId == null || !orderId.equals(update.orderId())) {
            return;
        }
        if (update.status().isPaid()) {
            apply(update.status(), null);
        } else if (!commandUnanswered) {
            checkStatus();
        }
    }

    /** The link is back: whatever was in flight is asked again. */
    public void reconnected() {
        cancelOwed();
        if (busy()) {
            nextCheck.setNow();
            tick();
        }
    }

    private void cancelOwed() {
        List<CancelOrder> owed = List.copyOf(cancelsOwed);
        cancelsOwed.clear();
        nextCancel.clear();
        owed.forEach(abandoned -> cancelUnpaid(abandoned, false));
    }

    /** Called every second: sends again what went unanswered, and asks for the status now and then. */
    public void tick() {
        if (nextCancel.rings()) {
            cancelOwed();
        }
        if (!busy()) {
            return;
        }
        if (staffNeeded.rings()) {
            askStaff.set(true);
        }
        if (!nextCheck.rings()) {
            return;
        }
        if (commandUnanswered) {
            send();
        } else if (orderId != null) {
            checkStatus();
        }
    }

    private void send() {
        commandUnanswered = true;
        nextCheck.clear();
        CompletableFuture<OrderAccepted> answer = orderId == null
                ? kiosk.placeOrder(placing)
                : kiosk.retryPayment(new RetryPayment(orderId, card.get(), orderKey, paymentAttempt));
        whenAnswered(answer, (accepted, failure) -> {
            if (failure == null) {
                accepted(accepted);
            } else {
                refused(failure);
            }
        });
    }

    private void accepted(OrderAccepted accepted) {
        commandUnanswered = false;
        waitingForStore.set(false);
        orderId = accepted.orderId();
        orderKey = placing != null ? placing.idempotencyKey() : orderKey;
        orderNumber = accepted.orderNumber();
        paymentAttempt = accepted.paymentAttempt();
        chargedWon = accepted.totalWon();
        placing = null;
        LOG.info("Order {} (number {}) accepted, paying {} won with {}", orderId, orderNumber, chargedWon, card.get());
        // the order's event may have raced this reply: ask once now
        checkStatus();
    }

    private void refused(Throwable failure) {
        CafeException error = CafeException.of(failure).orElse(null);
        ErrorCode code = error == null ? ErrorCode.INTERNAL_ERROR : error.code();
        if (TRANSIENT.contains(code) || (code == ErrorCode.STORE_UNAVAILABLE && mayHaveArrived)) {
            // a store that cannot save refused this send, but an earlier one may have been charged
            mayHaveArrived = true;
            LOG.warn("Order {} payment command unanswered ({}); sending it again", orderIdForLog(), code);
            waitingForStore.set(true);
            nextCheck.setIn(RESEND);
        } else if (CART_REFUSALS.contains(code) && orderId == null) {
            LOG.info("Order not placed, the server asks to review the cart: {}", error.getMessage());
            commandUnanswered = false;
            placing = null;
            cart.markProblems(problems(error));
            stage.set(PaymentStage.PRESENT_CARD);
            reviewCart.accept(code);
        } else if (code == ErrorCode.ILLEGAL_TRANSITION && orderId != null) {
            // the order moved on without this retry (cancelled meanwhile): its status tells the rest
            commandUnanswered = false;
            checkStatus();
        } else if (code == ErrorCode.ORDER_NOT_FOUND && orderId != null) {
            commandUnanswered = false;
            lost();
        } else {
            LOG.error("Order {} payment refused: {} {}", orderIdForLog(), code, failure.toString());
            commandUnanswered = false;
            placing = null;
            failed();
        }
    }

    private void checkStatus() {
        String asked = orderId;
        nextCheck.setIn(STATUS_POLL);
        whenAnswered(kiosk.order(asked), (order, failure) -> {
            if (failure == null) {
                waitingForStore.set(false);
                apply(order.status(), order.failureReason());
            } else if (CafeException.of(failure).map(e -> e.code() == ErrorCode.ORDER_NOT_FOUND).orElse(false)) {
                lost();
            } else {
                waitingForStore.set(CafeException.of(failure).map(e -> TRANSIENT.contains(e.code())).orElse(true));
            }
        });
    }

    /**
     * The store no longer has the order it accepted (a power cut took its last commits, or it was
     * restored from a backup): the customer is sent to staff, not kept waiting for a payment that
     * will never be asked.
     */
    private void lost() {
        LOG.error("Order {} (number {}) is unknown to the store it was placed with", orderId, orderNumber);
        waitingForStore.set(false);
        orderId = null;
        failed();
    }

    /** Sends the customer to staff, with the order's number if the store took it (and still knows it). */
    private void failed() {
        failedOrderNumber.set(orderId == null ? 0 : orderNumber);
        stage.set(PaymentStage.FAILED);
    }

    /**
     * Runs an answer on the UI thread only if it still belongs to the card being paid with; a fault
     * in handling it is logged and the next tick asks again, so the customer is never left frozen.
     */
    private <T> void whenAnswered(CompletableFuture<T> answer, BiConsumer<T, Throwable> handler) {
        int askedFor = attempt;
        answer.whenCompleteAsync((value, failure) -> {
            if (askedFor != attempt || !busy()) {
                return;
            }
            try {
                handler.accept(value, failure);
            } catch (RuntimeException e) {
                LOG.error("Order {}: an answer could not be handled, asking again", orderIdForLog(), e);
                nextCheck.setIn(RESEND);
            }
        }, ui);
    }

    private void apply(OrderStatus status, String reason) {
        if (status.isPaid()) {
            LOG.info("Order {} (number {}) paid", orderId, orderNumber);
            stage.set(PaymentStage.APPROVED);
            paid.accept(new PaidOrder(orderId, orderKey, orderNumber, orderType, cart.lines(), chargedWon));
        } else if (status == OrderStatus.PAYMENT_FAILED) {
            LOG.info("Order {} declined: {}", orderId, reason);
            declineReason.set(reason == null ? "CARD_DECLINED" : reason);
            stage.set(PaymentStage.DECLINED);
        } else if (status == OrderStatus.CANCELLED) {
            LOG.warn("Order {} was cancelled while paying", orderId);
            failed();
            orderId = null;
        }
    }

    private String orderIdForLog() {
        return orderId != null ? orderId : placing != null ? "(new, key " + placing.idempotencyKey() + ")" : "(none)";
    }

    private static List<CartProblem> problems(CafeException error) {
        if (error.details() == null || !error.details().isArray()) {
            return List.of();
        }
        try {
            return JSON.convertValue(error.details(),
                    JSON.getTypeFactory().constructCollectionType(List.class, CartProblem.class));
        } catch (IllegalArgumentException e) {
            LOG.warn("The server's cart problems could not be read: {}", e.getMessage());
            return List.of();
        }
    }
}
