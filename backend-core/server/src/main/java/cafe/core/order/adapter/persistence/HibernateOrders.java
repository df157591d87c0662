package cafe.core.order.adapter.persistence;

import cafe.contract.order.OrderStatus;
import cafe.core.order.application.BarStanding;
import cafe.core.order.application.Orders;
import cafe.core.order.domain.Order;
import cafe.core.order.domain.OrderIdentity;
import cafe.core.order.domain.OrderLine;
import cafe.core.order.domain.OrderStep;
import cafe.core.order.domain.StepCause;
import cafe.core.platform.persistence.PlainStatements;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.hibernate.Session;

/**
 * Orders in {@code customer_order} and {@code order_line}, their history in {@code order_step}, with
 * plain SQL on the transaction's connection ({@link PlainStatements}): every event an order follows
 * reads it and writes its status back.
 */
public final class HibernateOrders implements Orders {

    private final Supplier<Session> session;
    private final JsonColumn json;
    private final OrderRows rows;
    private final Clock clock;

    public HibernateOrders(Supplier<Session> session, ObjectMapper json, Clock clock) {
        this.session = session;
        this.json = new JsonColumn(json);
        this.rows = new OrderRows(session, this.json);
        this.clock = clock;
    }

    @Override
    public Optional<Order> find(String orderId) {
        return one("order_id = ?", orderId);
    }

    @Override
    public Optional<Order> findByIdempotencyKey(String idempotencyKey) {
        return one("idempotency_key = ?", idempotencyKey);
    }

    @Override
    public Optional<Order> findByNumber(LocalDate businessDay, int number) {
        return one("business_day = ? AND order_number = ?", businessDay.toString(), number);
    }

    @Override
    public List<Order> placedBetween(Instant from, Instant to, int limit) {
        return rows.where("placed_at >= ? AND placed_at < ? ORDER BY placed_at DESC LIMIT ?", from, to, limit);
    }

    @Override
    public List<Order> declinedAndLeftSince(Instant before, int limit) {
        return rows.where("status = ? AND updated_at < ? ORDER BY updated_at LIMIT ?", OrderStatus.PAYMENT_FAILED,
                before, limit);
    }

    @Override
    public void add(Order order) {
        OrderIdentity identity = order.identity();
        Instant now = clock.instant();
        PlainStatements.update(session.get(), "INSERT INTO customer_order (order_id, order_number, business_day,"
                        + " kiosk_id, idempotency_key, request_digest, order_type, status, payment_attempt,"
                        + " failure_reason, contact, total_won, placed_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", identity.orderId(), identity.number(),
                identity.businessDay().toString(), identity.kioskId(), identity.idempotencyKey(),
                identity.requestDigest(), order.orderType(), order.status(), order.paymentAttempt(),
                order.failureReason(), order.contact(), order.totalWon(), identity.placedAt(), now);
        PlainStatements.updateEach(session.get(), "INSERT INTO order_line (order_id, line_index, item_id, name_ko,"
                + " name_en, options_json, quantity, unit_price_won, prep_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                IntStream.range(0, order.lines().size()).mapToObj(index -> lineRow(order, index)).toList());
        recordStep(order, now);
    }

    @Override
    public void update(Order order) {
        OrderStatus stored = statusOf(order.id())
                .orElseThrow(() -> new IllegalStateException("order " + order.id() + " was never added"));
        Instant now = clock.instant();
        PlainStatements.update(session.get(), "UPDATE customer_order SET status = ?, payment_attempt = ?,"
                        + " failure_reason = ?, updated_at = ? WHERE order_id = ?", order.status(),
                order.paymentAttempt(), order.failureReason(), now, order.id());
        if (stored != order.status()) {
            recordStep(order, now);
        }
    }

    @Override
    public Optional<OrderStatus> statusOf(String orderId) {
        return PlainStatements.one(session.get(), "SELECT status FROM customer_order WHERE order_id = ?",
                row -> OrderStatus.valueOf(row.getString("status")), orderId);
    }

    @Override
    public Optional<BarStanding> barStanding(String orderId) {
        return PlainStatements.one(session.get(), "SELECT status, ticket_version FROM customer_order"
                        + " WHERE order_id = ?",
                row -> new BarStanding(OrderStatus.valueOf(row.getString("status")), row.getLong("ticket_version")),
                orderId);
    }

    @Override
    public void moveTo(String orderId, OrderStatus status, long ticketVersion) {
        Instant now = clock.instant();
        PlainStatements.update(session.get(), "UPDATE customer_order SET status = ?, ticket_version = ?, updated_at = ?"
                + " WHERE order_id = ?", status, ticketVersion, now, orderId);
        recordStep(orderId, status, StepCause.NONE, now);
    }

    @Override
    public void followedTicket(String orderId, long ticketVersion) {
        PlainStatements.update(session.get(), "UPDATE customer_order SET ticket_version = ? WHERE order_id = ?",
                ticketVersion, orderId);
    }

    @Override
    public List<OrderStep> steps(String orderId) {
        return PlainStatements.list(session.get(), "SELECT status, at, staff_id, staff_name, note, request_key"
                        + " FROM order_step WHERE order_id = ? ORDER BY step_id",
                row -> new OrderStep(OrderStatus.valueOf(row.getString("status")), PlainStatements.instant(row, "at"),
                        new StepCause(row.getString("staff_id"), row.getString("staff_name"), row.getString("note"),
                                row.getString("request_key"))), orderId);
    }

    /** The sold orders of a day, for {@link HibernateSoldOrders}. */
    List<Order> where(String where, Object... values) {
        return rows.where(where, values);
    }

    private Optional<Order> one(String where, Object... values) {
        List<Order> found = rows.where(where, values);
        if (found.size() > 1) {
            throw new IllegalStateException(found.size() + " orders where one was expected: " + where);
        }
        return found.stream().findFirst();
    }

    private Object[] lineRow(Order order, int index) {
        OrderLine line = order.lines().get(index);
        return new Object[] {order.id(), index, line.itemId(), line.name().ko(), line.name().en(),
                json.write(line.options()), line.quantity(), line.unitPriceWon(), line.prepSeconds()};
    }

    private void recordStep(Order order, Instant at) {
        recordStep(order.id(), order.status(), order.lastCause(), at);
    }

    private void recordStep(String orderId, OrderStatus status, StepCause cause, Instant at) {
        PlainStatements.update(session.get(), "INSERT INTO order_step (order_id, status, at, staff_id, staff_name,"
                        + " note, request_key) VALUES (?, ?, ?, ?, ?, ?, ?)", orderId, status, at,
                cause.staffId(), cause.staffName(), cause.note(), cause.requestKey());
    }
}
