package cafe.core.order.adapter.persistence;

import cafe.contract.LocalizedText;
import cafe.core.order.application.Orders;
import cafe.core.order.domain.ChosenOption;
import cafe.core.order.domain.Order;
import cafe.core.order.domain.OrderIdentity;
import cafe.core.order.domain.OrderLine;
import cafe.core.order.domain.OrderStep;
import cafe.core.order.domain.StepCause;
import cafe.core.platform.persistence.PlainStatements;
import com.fasterxml.jackson.databind.ObjectMapper;
import cafe.contract.order.OrderStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.Session;

/** Orders in {@code customer_order} and {@code order_line}; the entities never leave this package. */
public final class HibernateOrders implements Orders {

    private final Supplier<Session> session;
    private final JsonColumn json;
    private final Clock clock;

    public HibernateOrders(Supplier<Session> session, ObjectMapper json, Clock clock) {
        this.session = session;
        this.json = new JsonColumn(json);
        this.clock = clock;
    }

    @Override
    public Optional<Order> find(String orderId) {
        return Optional.ofNullable(session.get().find(OrderEntity.class, orderId)).map(this::toOrder);
    }

    @Override
    public Optional<Order> findByIdempotencyKey(String idempotencyKey) {
        return session.get()
                .createSelectionQuery("from OrderEntity where idempotencyKey = :key", OrderEntity.class)
                .setParameter("key", idempotencyKey)
                .uniqueResultOptional()
                .map(this::toOrder);
    }

    @Override
    public void add(Order order) {
        OrderEntity entity = new OrderEntity();
        OrderIdentity identity = order.identity();
        entity.orderId = identity.orderId();
        entity.orderNumber = identity.number();
        entity.businessDay = identity.businessDay().toString();
        entity.kioskId = identity.kioskId();
        entity.idempotencyKey = identity.idempotencyKey();
        entity.requestDigest = identity.requestDigest();
        entity.placedAt = identity.placedAt();
        entity.orderType = order.orderType();
        entity.contact = order.contact();
        entity.totalWon = order.totalWon();
        order.lines().forEach(line -> entity.lines.add(new OrderLineColumns(line.itemId(), line.name().ko(),
                line.name().en(), json.write(line.options()), line.quantity(), line.unitPriceWon(),
                line.prepSeconds())));
        copyState(order, entity);
        session.get().persist(entity);
        recordStep(order, entity.updatedAt);
    }

    @Override
    public void update(Order order) {
        OrderEntity entity = session.get().find(OrderEntity.class, order.id());
        if (entity == null) {
            throw new IllegalStateException("order " + order.id() + " was never added");
        }
        boolean moved = entity.status != order.status();
        copyState(order, entity);
        if (moved) {
            recordStep(order, entity.updatedAt);
        }
    }

    @Override
    public Optional<Order> findByNumber(LocalDate businessDay, int number) {
        return session.get()
                .createSelectionQuery("from OrderEntity where businessDay = :day and orderNumber = :number",
                        OrderEntity.class)
                .setParameter("day", businessDay.toString())
                .setParameter("number", number)
                .uniqueResultOptional()
                .map(this::toOrder);
    }

    @Override
    public List<Order> placedBetween(Instant from, Instant to, int limit) {
        return session.get()
                .createSelectionQuery("from OrderEntity where placedAt >= :from and placedAt < :to"
                        + " order by placedAt desc", OrderEntity.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(limit)
                .getResultList().stream().map(this::toOrder).toList();
    }

    @Override
    public List<OrderStep> steps(String orderId) {
        return session.get()
                .createSelectionQuery("from OrderStepEntity where orderId = :orderId order by stepId",
                        OrderStepEntity.class)
                .setParameter("orderId", orderId)
                .getResultList().stream()
                .map(row -> new OrderStep(row.status, row.at,
                        new StepCause(row.staffId, row.staffName, row.note, row.requestKey)))
                .toList();
    }

    /** A plain INSERT: as an entity, the generated step_id made it a statement and a key read at persist. */
    private void recordStep(Order order, Instant at) {
        StepCause cause = order.lastCause();
        PlainStatements.update(session.get(), "INSERT INTO order_step (order_id, status, at, staff_id, staff_name,"
                        + " note, request_key) VALUES (?, ?, ?, ?, ?, ?, ?)", order.id(), order.status().name(), at,
                cause.staffId(), cause.staffName(), cause.note(), cause.requestKey());
    }

    @Override
    public List<Order> declinedAndLeftSince(Instant before, int limit) {
        return session.get()
                .createSelectionQuery(
                        "from OrderEntity where status = :status and updatedAt < :before order by updatedAt",
                        OrderEntity.class)
                .setParameter("status", OrderStatus.PAYMENT_FAILED)
                .setParameter("before", before)
                .setMaxResults(limit)
                .getResultList().stream().map(this::toOrder).toList();
    }

    private void copyState(Order order, OrderEntity entity) {
        entity.status = order.status();
        entity.paymentAttempt = order.paymentAttempt();
        entity.failureReason = order.failureReason();
        entity.updatedAt = clock.instant();
    }

    Order toOrder(OrderEntity entity) {
        var identity = new OrderIdentity(entity.orderId, entity.orderNumber, LocalDate.parse(entity.businessDay),
                entity.kioskId, entity.idempotencyKey, entity.requestDigest, entity.placedAt);
        List<OrderLine> lines = entity.lines.stream().map(this::toLine).toList();
        return new Order(identity, entity.orderType, lines, entity.contact, entity.status, entity.paymentAttempt,
                entity.failureReason);
    }

    private OrderLine toLine(OrderLineColumns columns) {
        List<ChosenOption> options = json.read(columns.optionsJson, json.listOf(ChosenOption.class));
        return new OrderLine(columns.itemId, new LocalizedText(columns.nameKo, columns.nameEn), options,
                columns.quantity, columns.unitPriceWon, columns.prepSeconds);
    }
}
