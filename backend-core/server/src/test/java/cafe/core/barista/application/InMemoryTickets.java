package cafe.core.barista.application;

import cafe.contract.barista.TicketStatus;
import cafe.core.barista.domain.Ticket;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Tickets kept in a map (copies, like a database would), for application tests. */
class InMemoryTickets implements Tickets {

    private final Map<String, Ticket> tickets = new LinkedHashMap<>();
    private final Set<String> cancelledBeforeQueued = new HashSet<>();

    @Override
    public Optional<Ticket> find(String orderId) {
        return Optional.ofNullable(tickets.get(orderId)).map(ticket -> Ticket.restore(ticket.state()));
    }

    @Override
    public void save(Ticket ticket) {
        tickets.put(ticket.orderId(), Ticket.restore(ticket.state()));
    }

    @Override
    public List<Ticket> active() {
        return tickets.values().stream().filter(Ticket::isActive)
                .sorted(Comparator.comparing(ticket -> ticket.state().paidAt())).toList();
    }

    @Override
    public List<Ticket> bumpedSince(Instant since, int limit) {
        return tickets.values().stream().filter(t -> t.lastBumpAt() != null && !t.lastBumpAt().isBefore(since))
                .sorted(Comparator.comparing(Ticket::lastBumpAt).reversed()).limit(limit).toList();
    }

    @Override
    public List<Ticket> cancelledInHandSince(Instant since) {
        return tickets.values().stream().filter(t -> t.status() == TicketStatus.CANCELLED)
                .filter(t -> t.state().startedAt() != null && !t.state().paidAt().isBefore(since)).toList();
    }

    @Override
    public List<Ticket> readyBetween(Instant from, Instant to) {
        return tickets.values().stream().filter(t -> t.state().readyAt() != null)
                .filter(t -> !t.state().readyAt().isBefore(from) && t.state().readyAt().isBefore(to)).toList();
    }

    @Override
    public void rememberCancelledBeforeQueued(String orderId, Instant at) {
        cancelledBeforeQueued.add(orderId);
    }

    @Override
    public boolean cancelledBeforeQueued(String orderId) {
        return cancelledBeforeQueued.contains(orderId);
    }
}
