package cafe.console.bar;

import cafe.client.BaristaClient;
import cafe.contract.barista.CheckItem;
import cafe.contract.barista.Ticket;
import cafe.contract.barista.TicketAction;
import cafe.contract.barista.TicketLine;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the barista's actions on tickets to the server from this station. The answer (the changed
 * ticket) goes onto the board at once, before its event arrives; a refusal goes to {@code onFailure}
 * with the ticket as this console knew it.
 */
final class BarActions {

    private static final Logger LOG = LoggerFactory.getLogger(BarActions.class);

    private final BaristaClient client;
    private final String station;
    private final TicketBoard board;
    private final Executor ui;
    private final BiConsumer<Ticket, Throwable> onFailure;
    /** Order ids whose recall is on its way; read and written on the UI thread only. */
    private final Set<String> recalling = new HashSet<>();

    BarActions(BaristaClient client, String station, TicketBoard board, Executor ui,
               BiConsumer<Ticket, Throwable> onFailure) {
        this.client = client;
        this.station = station;
        this.board = board;
        this.ui = ui;
        this.onFailure = onFailure;
    }

    void start(TicketCardModel card) {
        send(card, "start", client::start);
    }

    void ready(TicketCardModel card) {
        send(card, "ready", client::markReady);
    }

    void pickUp(TicketCardModel card) {
        send(card, "picked up", client::markPickedUp);
    }

    void recall(Ticket ticket) {
        LOG.info("Recall order {} from {}", ticket.orderId(), station);
        recalling.add(ticket.orderId());
        answer(ticket, client.recall(new TicketAction(ticket.orderId(), station)),
                () -> recalling.remove(ticket.orderId()));
    }

    /** A recall of this ticket is on its way: it is still on the recall list until its answer comes. */
    boolean recalling(Ticket ticket) {
        return recalling.contains(ticket.orderId());
    }

    void check(TicketCardModel card, int lineIndex) {
        Ticket ticket = card.ticket();
        boolean done = ticket.lines().stream().filter(l -> l.index() == lineIndex)
                .findFirst().map(TicketLine::done).orElse(false);
        LOG.info("Check order {} line {} done={}", ticket.orderId(), lineIndex, !done);
        answer(ticket, client.checkItem(new CheckItem(ticket.orderId(), lineIndex, !done)), () -> { });
    }

    private void send(TicketCardModel card, String what,
                      Function<TicketAction, CompletableFuture<Ticket>> call) {
        if (card.busyProperty().get()) {
            return;
        }
        Ticket ticket = card.ticket();
        LOG.info("Mark order {} {} from {}", ticket.orderId(), what, station);
        card.busy(true);
        answer(ticket, call.apply(new TicketAction(ticket.orderId(), station)), () -> card.busy(false));
    }

    private void answer(Ticket before, CompletableFuture<Ticket> reply, Runnable settle) {
        reply.whenComplete((after, failure) -> ui.execute(() -> {
            settle.run();
            if (failure == null) {
                board.apply(after);
            } else {
                LOG.warn("Order {} refused: {}", before.orderId(), failure.toString());
                onFailure.accept(before, failure);
            }
        }));
    }
}
