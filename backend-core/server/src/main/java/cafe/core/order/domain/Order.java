package cafe.core.order.domain;

import cafe.contract.order.OrderStatus;
import cafe.contract.order.OrderType;
import cafe.contract.wire.ErrorCode;
import cafe.core.shared.Rejection;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A customer's order from placing to pick-up: priced lines, a short number for the day, and a
 * status that moves only as {@link OrderLifecycle} allows. Each payment try has its own attempt
 * number, so a late answer to an older try is recognised.
 */
public final class Order {

    /** The failure reason of an order closed because its kiosk never came back after a decline. */
    public static final String ABANDONED = "ABANDONED";

    private final OrderIdentity identity;
    private final OrderType orderType;
    private final List<OrderLine> lines;
    private final String contact;
    private OrderStatus status;
    private int paymentAttempt;
    private String failureReason;
    private StepCause lastCause = StepCause.NONE;

    /** Rebuilds an order as it was stored. */
    public Order(OrderIdentity identity, OrderType orderType, List<OrderLine> lines, String contact,
                 OrderStatus status, int paymentAttempt, String failureReason) {
        this.identity = Objects.requireNonNull(identity, "identity");
        this.orderType = Objects.requireNonNull(orderType, "orderType");
        this.lines = List.copyOf(lines);
        this.contact = contact;
        this.status = Objects.requireNonNull(status, "status");
        this.paymentAttempt = paymentAttempt;
        this.failureReason = failureReason;
    }

    /** A new order, waiting for its first payment attempt. */
    public static Order place(OrderIdentity identity, OrderType orderType, PricedCart cart, String contact) {
        return new Order(identity, orderType, cart.lines(), contact, OrderStatus.CREATED, 1, null);
    }

    public void markPaid() {
        moveTo(OrderStatus.PAID);
        failureReason = null;
    }

    public void markPaymentFailed(String reasonCode) {
        moveTo(OrderStatus.PAYMENT_FAILED, StepCause.because(reasonCode));
        failureReason = reasonCode;
    }

    /**
     * Another card after {@code declinedAttempt} was declined, from the kiosk that placed the order
     * (proved by its key): back to CREATED with the next attempt number. False, changing nothing,
     * when the order is past that attempt already: this is the same retry sent again. A
     * {@code declinedAttempt} of 0 (not said) retries whichever attempt was declined last.
     */
    public boolean retryPayment(String placedWithKey, int declinedAttempt) {
        requirePlacedWith(placedWithKey, "pay again for");
        if (declinedAttempt > 0 && declinedAttempt < paymentAttempt) {
            return false;
        }
        if (status != OrderStatus.PAYMENT_FAILED || declinedAttempt > paymentAttempt) {
            throw illegal("retry payment");
        }
        moveTo(OrderStatus.CREATED);
        failureReason = null;
        paymentAttempt++;
        return true;
    }

    /**
     * A kiosk abandons an order it has not paid for. Only the kiosk that placed it knows the key it
     * placed it with; any other kiosk is refused.
     */
    public void cancelUnpaid(String placedWithKey) {
        requirePlacedWith(placedWithKey, "cancel");
        if (status.isPaid()) {
            throw new Rejection(ErrorCode.FORBIDDEN, "order " + number() + " is paid: only staff may cancel it");
        }
        moveTo(OrderStatus.CANCELLED);
    }

    /** A declined order its kiosk never came back to (the kiosk died or lost its link for good). */
    public void closeAsAbandoned() {
        if (status != OrderStatus.PAYMENT_FAILED) {
            throw illegal("close as abandoned");
        }
        moveTo(OrderStatus.CANCELLED, StepCause.because(ABANDONED));
        failureReason = ABANDONED;
    }

    /** Staff cancel before preparation; returns whether the customer's money must go back. */
    public boolean cancelByStaff() {
        return cancelByStaff(StepCause.NONE);
    }

    /** A staff member cancels, saying who and why; returns whether the customer's money must go back. */
    public boolean cancelByStaff(StepCause cause) {
        boolean refundDue = status.isPaid();
        moveTo(OrderStatus.CANCELLED, cause);
        return refundDue;
    }

    /** Only the kiosk that placed the order knows the key it placed it with (order ids are on every kiosk's feed). */
    private void requirePlacedWith(String placedWithKey, String action) {
        if (placedWithKey == null || !MessageDigest.isEqual(bytes(placedWithKey), bytes(identity.idempotencyKey()))) {
            throw new Rejection(ErrorCode.FORBIDDEN, "a kiosk may " + action + " only an order it placed itself");
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public boolean canMoveTo(OrderStatus next) {
        return OrderLifecycle.allows(status, next);
    }

    private void moveTo(OrderStatus next) {
        moveTo(next, StepCause.NONE);
    }

    private void moveTo(OrderStatus next, StepCause cause) {
        if (!canMoveTo(next)) {
            throw illegal("move to " + next);
        }
        status = next;
        lastCause = cause;
    }

    private Rejection illegal(String what) {
        return new Rejection(ErrorCode.ILLEGAL_TRANSITION,
                "order " + number() + " is " + status + ": cannot " + what);
    }

    public long totalWon() {
        return lines.stream().mapToLong(OrderLine::lineTotalWon).reduce(0, Math::addExact);
    }

    public String id() {
        return identity.orderId();
    }

    public int number() {
        return identity.number();
    }

    public LocalDate businessDay() {
        return identity.businessDay();
    }

    public Instant placedAt() {
        return identity.placedAt();
    }

    public OrderIdentity identity() {
        return identity;
    }

    public OrderType orderType() {
        return orderType;
    }

    public List<OrderLine> lines() {
        return lines;
    }

    public String contact() {
        return contact;
    }

    public OrderStatus status() {
        return status;
    }

    public int paymentAttempt() {
        return paymentAttempt;
    }

    public String failureReason() {
        return failureReason;
    }

    /** Who moved the order to its current status and why, as far as this copy of it knows. */
    public StepCause lastCause() {
        return lastCause;
    }
}
