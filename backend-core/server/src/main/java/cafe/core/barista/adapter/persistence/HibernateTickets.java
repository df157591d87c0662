package cafe.core.barista.adapter.persistence;

import cafe.contract.barista.TicketStatus;
import cafe.core.barista.application.Tickets;
import cafe.core.barista.domain.Ticket;
import cafe.core.platform.persistence.ServiceDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.query.SelectionQuery;

/** The bar's tickets in the barista context's own database, in the caller's transaction. */
public class HibernateTickets implements Tickets {

    /** The entity classes the barista database maps. */
    public static final List<Class<?>> ENTITIES = List.of(TicketEntity.class);

    private static final List<TicketStatus> ACTIVE = List.of(TicketStatus.QUEUED, TicketStatus.IN_PREPARATION,
            TicketStatus.READY);

    private final ServiceDatabase database;
    private final TicketLinesJson lines;

    public HibernateTickets(ServiceDatabase database, ObjectMapper json) {
        this.database = database;
        this.lines = new TicketLinesJson(json);
    }

    @Override
    public Optional<Ticket> find(String orderId) {
        return Optional.ofNullable(database.session().find(TicketEntity.class, orderId))
                .map(row -> row.toTicket(lines));
    }

    @Override
    public void save(Ticket ticket) {
        database.session().merge(TicketEntity.of(ticket, lines));
    }

    @Override
    public List<Ticket> active() {
        return tickets(query("from TicketEntity where status in :active order by paidAt, orderNumber")
                .setParameter("active", ACTIVE));
    }

    @Override
    public List<Ticket> bumpedSince(Instant since, int limit) {
        return tickets(query("from TicketEntity where lastBumpAt >= :since order by lastBumpAt desc")
                .setParameter("since", since).setMaxResults(limit));
    }

    @Override
    public List<Ticket> readyBetween(Instant from, Instant to) {
        return tickets(query("from TicketEntity where readyAt >= :from and readyAt < :to")
                .setParameter("from", from).setParameter("to", to));
    }

    private SelectionQuery<TicketEntity> query(String hql) {
        return database.session().createSelectionQuery(hql, TicketEntity.class);
    }

    private List<Ticket> tickets(SelectionQuery<TicketEntity> query) {
        return query.getResultList().stream().map(row -> row.toTicket(lines)).toList();
    }
}
