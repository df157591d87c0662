package cafe.core.barista.adapter.persistence;

import cafe.contract.barista.TicketStatus;
import cafe.contract.order.OrderType;
import cafe.core.barista.application.Tickets;
import cafe.core.barista.domain.Ticket;
import cafe.core.barista.domain.TicketState;
import cafe.core.platform.persistence.PlainStatements;
import cafe.core.platform.persistence.ServiceDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The bar's tickets in the barista context's own database, in the caller's transaction, as rows of
 * {@code ticket} (schema owned by {@code db/barista}) read and written with plain SQL
 * ({@link PlainStatements}): a ticket is read, moved and written back whole on every bump.
 */
public class HibernateTickets implements Tickets {

    /** The entity classes the barista database maps: none of its own. */
    public static final List<Class<?>> ENTITIES = List.of();

    private static final String SELECT = "SELECT order_id, order_number, order_type, status, lines, paid_at,"
            + " started_at, ready_at, picked_up_at, last_bump_at, station, version FROM ticket";
    private static final String UPSERT = "INSERT INTO ticket (order_id, order_number, order_type, status, lines,"
            + " paid_at, started_at, ready_at, picked_up_at, last_bump_at, station, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (order_id) DO UPDATE SET"
            + " order_number = excluded.order_number, order_type = excluded.order_type, status = excluded.status,"
            + " lines = excluded.lines, paid_at = excluded.paid_at, started_at = excluded.started_at,"
            + " ready_at = excluded.ready_at, picked_up_at = excluded.picked_up_at,"
            + " last_bump_at = excluded.last_bump_at, station = excluded.station, version = excluded.version";

    private final ServiceDatabase database;
    private final TicketLinesJson lines;

    public HibernateTickets(ServiceDatabase database, ObjectMapper json) {
        this.database = database;
        this.lines = new TicketLinesJson(json);
    }

    @Override
    public Optional<Ticket> find(String orderId) {
        return PlainStatements.one(database.session(), SELECT + " WHERE order_id = ?", this::ticket, orderId);
    }

    @Override
    public void rememberCancelledBeforeQueued(String orderId, Instant at) {
        PlainStatements.update(database.session(), "INSERT INTO cancelled_before_queued (order_id, cancelled_at)"
                + " VALUES (?, ?) ON CONFLICT (order_id) DO NOTHING", orderId, at);
    }

    @Override
    public boolean cancelledBeforeQueued(String orderId) {
        return PlainStatements.one(database.session(), "SELECT order_id FROM cancelled_before_queued"
                + " WHERE order_id = ?", row -> row.getString("order_id"), orderId).isPresent();
    }

    @Override
    public void save(Ticket ticket) {
        TicketState s = ticket.state();
        PlainStatements.update(database.session(), UPSERT, s.orderId(), s.orderNumber(), s.orderType(), s.status(),
                lines.write(s.items()), s.paidAt(), s.startedAt(), s.readyAt(), s.pickedUpAt(), s.lastBumpAt(),
                s.station(), s.version());
    }

    @Override
    public List<Ticket> active() {
        return PlainStatements.list(database.session(), SELECT + " WHERE status IN (?, ?, ?)"
                        + " ORDER BY paid_at, order_number", this::ticket,
                TicketStatus.QUEUED, TicketStatus.IN_PREPARATION, TicketStatus.READY);
    }

    @Override
    public List<Ticket> bumpedSince(Instant since, int limit) {
        return PlainStatements.list(database.session(), SELECT + " WHERE last_bump_at >= ?"
                + " ORDER BY last_bump_at DESC LIMIT ?", this::ticket, since, limit);
    }

    @Override
    public List<Ticket> cancelledInHandSince(Instant since) {
        return PlainStatements.list(database.session(), SELECT + " WHERE status = ? AND started_at IS NOT NULL"
                + " AND paid_at >= ?", this::ticket, TicketStatus.CANCELLED, since);
    }

    @Override
    public List<Ticket> readyBetween(Instant from, Instant to) {
        return PlainStatements.list(database.session(), SELECT + " WHERE ready_at >= ? AND ready_at < ?",
                this::ticket, from, to);
    }

    private Ticket ticket(ResultSet row) throws SQLException {
        return Ticket.restore(new TicketState(row.getString("order_id"), row.getInt("order_number"),
                OrderType.valueOf(row.getString("order_type")), PlainStatements.instant(row, "paid_at"),
                lines.read(row.getString("lines")), TicketStatus.valueOf(row.getString("status")),
                PlainStatements.instant(row, "started_at"), PlainStatements.instant(row, "ready_at"),
                PlainStatements.instant(row, "picked_up_at"), PlainStatements.instant(row, "last_bump_at"),
                row.getString("station"), row.getLong("version")));
    }
}
