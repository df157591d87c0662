package cafe.core.barista.domain;

import cafe.contract.barista.TicketStatus;
import cafe.contract.order.OrderType;
import cafe.contract.wire.ErrorCode;
import cafe.core.shared.Rejection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A paid order on its way through the bar: QUEUED, then IN_PREPARATION at one station, READY and
 * PICKED_UP. The two forward moves after starting are "bumps"; a recall undoes the last bump. A
 * ticket is cancelled at any step before it is picked up: its order's money has gone back, so a
 * drink already started or ready is not handed over. Every change adds one to the version, so that
 * screens keep the newest copy.
 */
public final class Ticket {

    private final String orderId;
    private final int orderNumber;
    private final OrderType orderType;
    private final Instant paidAt;
    private final List<TicketItem> items;
    private TicketStatus status;
    private Instant startedAt;
    private Instant readyAt;
    private Instant pickedUpAt;
    private Instant lastBumpAt;
    private String station;
    private long version;

    private Ticket(TicketState state) {
        this.orderId = Objects.requireNonNull(state.orderId(), "orderId");
        this.orderNumber = state.orderNumber();
        this.orderType = state.orderType();
        this.paidAt = Objects.requireNonNull(state.paidAt(), "paidAt");
        this.items = new ArrayList<>(state.items());
        this.status = Objects.requireNonNull(state.status(), "status");
        this.startedAt = state.startedAt();
        this.readyAt = state.readyAt();
        this.pickedUpAt = state.pickedUpAt();
        this.lastBumpAt = state.lastBumpAt();
        this.station = state.station();
        this.version = state.version();
    }

    /** A newly paid order joins the end of the bar's queue. */
    public static Ticket queue(String orderId, int orderNumber, OrderType orderType, List<TicketItem> items,
                               Instant paidAt) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("A ticket needs at least one drink line");
        }
        return new Ticket(new TicketState(orderId, orderNumber, orderType, paidAt, items, TicketStatus.QUEUED,
                null, null, null, null, null, 1));
    }

    /** Rebuilds a stored ticket, for persistence adapters. */
    public static Ticket restore(TicketState state) {
        return new Ticket(state);
    }

    /** A barista at {@code atStation} starts making this ticket. */
    public void start(String atStation, Instant now) {
        Objects.requireNonNull(atStation, "station");
        if (status == TicketStatus.IN_PREPARATION) {
            throw new Rejection(ErrorCode.ALREADY_STARTED, label() + " is already being made at " + station);
        }
        requireStatus(TicketStatus.QUEUED);
        station = atStation;
        startedAt = now;
        moveTo(TicketStatus.IN_PREPARATION);
    }

    /** Ticks a line off (or back on). Returns false when the line already was so: nothing changed. */
    public boolean checkItem(int lineIndex, boolean done) {
        requireStatus(TicketStatus.IN_PREPARATION);
        if (lineIndex < 0 || lineIndex >= items.size()) {
            throw new Rejection(ErrorCode.MALFORMED_REQUEST, label() + " has no line " + lineIndex);
        }
        if (items.get(lineIndex).done() == done) {
            return false;
        }
        items.set(lineIndex, items.get(lineIndex).withDone(done));
        version++;
        return true;
    }

    /** The drinks are on the counter (a bump). */
    public void markReady(Instant now) {
        requireStatus(TicketStatus.IN_PREPARATION);
        readyAt = now;
        lastBumpAt = now;
        moveTo(TicketStatus.READY);
    }

    /** The customer took the order (a bump). */
    public void markPickedUp(Instant now) {
        requireStatus(TicketStatus.READY);
        pickedUpAt = now;
        lastBumpAt = now;
        moveTo(TicketStatus.PICKED_UP);
    }

    /** Undoes the last bump: READY goes back to IN_PREPARATION, PICKED_UP back to READY. */
    public void recall() {
        if (lastBumpAt == null || status == TicketStatus.CANCELLED) {
            throw new Rejection(ErrorCode.NOTHING_TO_RECALL, label() + " has no bump to undo");
        }
        lastBumpAt = null;
        if (status == TicketStatus.PICKED_UP) {
            pickedUpAt = null;
            moveTo(TicketStatus.READY);
        } else {
            readyAt = null;
            moveTo(TicketStatus.IN_PREPARATION);
        }
    }

    /** Cancels the ticket unless it was handed over (or cancelled) already; returns false when it is kept. */
    public boolean cancel() {
        if (!isActive()) {
            return false;
        }
        lastBumpAt = null; // a cancelled ticket is not recalled back onto the bar
        moveTo(TicketStatus.CANCELLED);
        return true;
    }

    /** True while the ticket is still to be made or handed over. */
    public boolean isActive() {
        return status == TicketStatus.QUEUED || status == TicketStatus.IN_PREPARATION
                || status == TicketStatus.READY;
    }

    /** True while the ticket is still to be made. */
    public boolean isWaiting() {
        return status == TicketStatus.QUEUED || status == TicketStatus.IN_PREPARATION;
    }

    /** How long the customer waited from payment to ready, once it is ready. */
    public Optional<Duration> paidToReady() {
        return Optional.ofNullable(readyAt).map(ready -> Duration.between(paidAt, ready));
    }

    /** How long the bar took from starting the ticket to ready, once it is ready. */
    public Optional<Duration> startedToReady() {
        return readyAt == null || startedAt == null ? Optional.empty()
                : Optional.of(Duration.between(startedAt, readyAt));
    }

    public long remainingPrepSeconds() {
        return items.stream().mapToLong(TicketItem::remainingPrepSeconds).sum();
    }

    public int remainingDrinks() {
        return items.stream().filter(item -> !item.done()).mapToInt(TicketItem::quantity).sum();
    }

    /** The whole state, for views and persistence. */
    public TicketState state() {
        return new TicketState(orderId, orderNumber, orderType, paidAt, items, status, startedAt, readyAt,
                pickedUpAt, lastBumpAt, station, version);
    }

    public String orderId() {
        return orderId;
    }

    public int orderNumber() {
        return orderNumber;
    }

    public TicketStatus status() {
        return status;
    }

    public Instant lastBumpAt() {
        return lastBumpAt;
    }

    public long version() {
        return version;
    }

    private void moveTo(TicketStatus next) {
        status = next;
        version++;
    }

    private void requireStatus(TicketStatus expected) {
        if (status != expected) {
            throw new Rejection(ErrorCode.ILLEGAL_TRANSITION, label() + " " + describeFor(expected));
        }
    }

    private String describeFor(TicketStatus expected) {
        if (expected == TicketStatus.READY && isWaiting()) {
            return "is not ready yet";
        }
        return switch (status) {
            case CANCELLED -> "was cancelled";
            case PICKED_UP -> "was already picked up";
            case READY -> "is already ready";
            case IN_PREPARATION -> "is already being made at " + station;
            case QUEUED -> "is not started yet";
        };
    }

    private String label() {
        return "Order " + orderNumber;
    }
}
