package cafe.core.simulation;

import cafe.client.BaristaClient;
import cafe.client.CafeException;
import cafe.client.Subscription;
import cafe.contract.barista.BarQueue;
import cafe.contract.barista.Ticket;
import cafe.contract.barista.TicketAction;
import cafe.contract.barista.TicketEvent;
import cafe.contract.barista.TicketStatus;
import cafe.contract.wire.ErrorCode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The bar: a console that hears every ticket's moves (each a step of its order in the book) and
 * queues the new tickets, and baristas who take them first come, first served, each from a station
 * of their own: start, make (for the preparation time), call the number, hand the order over.
 */
final class SimulatedBar implements AutoCloseable {

    private static final String STOP = "";
    private static final Set<ErrorCode> TOO_LATE = EnumSet.of(ErrorCode.ILLEGAL_TRANSITION, ErrorCode.ALREADY_STARTED);

    private final BlockingQueue<String> queued = new LinkedBlockingQueue<>();
    private final List<Thread> baristas = new ArrayList<>();
    private final Subscription subscription;
    private final OrderBook book;
    private final Duration prepTime;

    /** {@code console} hears the tickets; each client in {@code stations} is one barista. */
    SimulatedBar(BaristaClient console, List<BaristaClient> stations, OrderBook book, Duration prepTime) {
        this.book = book;
        this.prepTime = prepTime;
        this.subscription = console.onTicketEvent(this::heard);
        for (int i = 0; i < stations.size(); i++) {
            BaristaClient station = stations.get(i);
            String name = "Sim bar " + (i + 1);
            Thread barista = new Thread(() -> work(station, name), "simulated-barista-" + (i + 1));
            barista.setDaemon(true);
            baristas.add(barista);
            barista.start();
        }
    }

    private void heard(TicketEvent event) {
        book.heard(event);
        if (event.ticket().status() == TicketStatus.QUEUED) {
            queued.add(event.ticket().orderId());
        }
    }

    private void work(BaristaClient station, String name) {
        try {
            for (String orderId = queued.take(); !STOP.equals(orderId); orderId = queued.take()) {
                make(station, new TicketAction(orderId, name));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void make(BaristaClient station, TicketAction ticket) throws InterruptedException {
        try {
            tap(station, station.start(ticket), ticket, TicketStatus.IN_PREPARATION);
            TimeUnit.NANOSECONDS.sleep(prepTime.toNanos());
            tap(station, station.markReady(ticket), ticket, TicketStatus.READY);
            TimeUnit.NANOSECONDS.sleep(prepTime.toNanos() / 2);
            tap(station, station.markPickedUp(ticket), ticket, TicketStatus.PICKED_UP);
        } catch (CompletionException e) {
            String code = CafeException.of(e).map(c -> c.code().name()).orElse(String.valueOf(e.getCause()));
            book.trace(ticket.orderId()).problem(ticket.station() + ": " + code);
        }
    }

    /**
     * Waits for a tap's answer. A refusal as too late counts as done when the bar reads back the
     * ticket at the tap's step or past it: another barista bumped it first, or a server died before
     * its answer and the broker gave the request to the other server, which found it done.
     */
    private static void tap(BaristaClient station, CompletableFuture<Ticket> answer, TicketAction ticket,
                            TicketStatus step) {
        try {
            answer.join();
        } catch (CompletionException refused) {
            boolean tooLate = CafeException.of(refused).map(e -> TOO_LATE.contains(e.code())).orElse(false);
            if (!tooLate || !readBack(station, ticket, step, refused)) {
                throw refused;
            }
        }
    }

    /** Whether the bar has the ticket at the step or past it; a read-back that fails leaves the refusal as it was. */
    private static boolean readBack(BaristaClient station, TicketAction ticket, TicketStatus step,
                                    CompletionException refused) {
        try {
            return reached(station.barQueue().join(), ticket, step);
        } catch (CompletionException unread) {
            refused.addSuppressed(unread);
            return false;
        }
    }

    /**
     * Whether the ticket is at the step or past it: one no longer on the bar, nor stopped in a
     * barista's hands, was handed over.
     */
    private static boolean reached(BarQueue bar, TicketAction ticket, TicketStatus step) {
        Optional<Ticket> onBar = bar.active().stream().filter(t -> t.orderId().equals(ticket.orderId())).findFirst();
        if (onBar.isEmpty()) {
            return bar.stoppedInHand().stream().noneMatch(t -> t.orderId().equals(ticket.orderId()));
        }
        Ticket now = onBar.get();
        boolean madeElsewhere = now.status() == TicketStatus.IN_PREPARATION && !ticket.station().equals(now.station());
        return !madeElsewhere && now.status().compareTo(step) >= 0;
    }

    /** How many tickets wait for a barista. */
    int waiting() {
        return queued.size();
    }

    @Override
    public void close() {
        subscription.close();
        baristas.forEach(b -> queued.add(STOP));
        for (Thread barista : baristas) {
            try {
                barista.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
