package cafe.core.simulation;

import cafe.contract.order.OrderStatus;
import cafe.contract.order.OrderUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One order's path as the terminals hear it: every status a kiosk was told until payment, then each
 * step of its ticket at the bar, each with the time since the kiosk sent PlaceOrder. Updates may
 * arrive before the kiosk has its reply, so the trace is made by whichever comes first. Safe to use
 * from the client's threads and the kiosk's.
 */
final class OrderTrace {

    /** One announced status, {@code reason} set for a failed payment. */
    record Step(OrderStatus status, String reason, long atNanos) {
    }

    private final String orderId;
    private final List<Step> steps = new ArrayList<>();
    private String kiosk;
    private int number;
    private long totalWon;
    private long sentNanos;
    private long acceptedNanos;
    private String problem;

    OrderTrace(String orderId) {
        this.orderId = orderId;
    }

    synchronized void placed(String kioskId, int orderNumber, long total, long sentAt, long acceptedAt) {
        this.kiosk = kioskId;
        this.number = orderNumber;
        this.totalWon = total;
        this.sentNanos = sentAt;
        this.acceptedNanos = acceptedAt;
        notifyAll();
    }

    synchronized void heard(OrderUpdate update, long atNanos) {
        steps.add(new Step(update.status(), update.reasonCode(), atNanos));
        notifyAll();
    }

    /** A ticket event: a step only when the order was not at that status yet (a checked item is no step). */
    synchronized void barMoved(OrderStatus status, long atNanos) {
        if (!reached(status)) {
            steps.add(new Step(status, null, atNanos));
            notifyAll();
        }
    }

    /** Something went wrong that no status shows, e.g. a refused bar command. */
    synchronized void problem(String what) {
        problem = problem == null ? what : problem + "; " + what;
        notifyAll();
    }

    /** True once a kiosk of this simulation placed it. */
    synchronized boolean ours() {
        return kiosk != null;
    }

    synchronized int stepCount() {
        return steps.size();
    }

    /** Waits for the first step from index {@code from} on that matches, at most until {@code deadlineNanos}. */
    synchronized Optional<Step> await(int from, Predicate<Step> wanted, long deadlineNanos)
            throws InterruptedException {
        while (true) {
            for (int i = from; i < steps.size(); i++) {
                if (wanted.test(steps.get(i))) {
                    return Optional.of(steps.get(i));
                }
            }
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** Picked up or cancelled: the kiosk's feed and the bar's are heard apart, so not by the last step. */
    synchronized boolean finished() {
        return reached(OrderStatus.PICKED_UP) || reached(OrderStatus.CANCELLED);
    }

    synchronized boolean reached(OrderStatus status) {
        return steps.stream().anyMatch(s -> s.status() == status);
    }

    synchronized long declines() {
        return steps.stream().filter(s -> s.status() == OrderStatus.PAYMENT_FAILED).count();
    }

    /** Milliseconds from PlaceOrder sent until the first time the status was announced, if it was. */
    synchronized Optional<Double> millisUntil(OrderStatus status) {
        return steps.stream().filter(s -> s.status() == status).findFirst()
                .map(s -> (s.atNanos() - sentNanos) / 1e6);
    }

    synchronized double placeMillis() {
        return (acceptedNanos - sentNanos) / 1e6;
    }

    String orderId() {
        return orderId;
    }

    synchronized int number() {
        return number;
    }

    /** e.g. {@code #101 kiosk-1 8,300 won: CREATED +3 -> PAID +41 -> ... -> PICKED_UP +88 ms}. */
    synchronized String path() {
        StringBuilder line = new StringBuilder(String.format("#%-4d %-8s %,7d won: ", number, kiosk, totalWon));
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            line.append(i == 0 ? "" : " -> ").append(step.status());
            if (step.reason() != null) {
                line.append('(').append(step.reason()).append(')');
            }
            line.append(String.format(" +%.0f", (step.atNanos() - sentNanos) / 1e6));
        }
        line.append(" ms");
        if (problem != null) {
            line.append("  [").append(problem).append(']');
        }
        return line.toString();
    }
}
