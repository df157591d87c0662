package cafe.core.order.adapter.persistence;

import cafe.contract.LocalizedText;
import cafe.contract.order.OrderStatus;
import cafe.contract.order.OrderType;
import cafe.core.order.domain.ChosenOption;
import cafe.core.order.domain.Order;
import cafe.core.order.domain.OrderIdentity;
import cafe.core.order.domain.OrderLine;
import cafe.core.platform.persistence.PlainStatements;
import com.fasterxml.jackson.databind.JavaType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Reads orders with their lines from {@code customer_order} and {@code order_line} (schema owned by
 * {@code db/ordering}) with plain SQL: the orders a condition finds, then their lines in one query
 * per {@value #IDS_PER_QUERY} orders.
 */
final class OrderRows {

    private static final int IDS_PER_QUERY = 500;
    private static final String SELECT = "SELECT order_id, order_number, business_day, kiosk_id, idempotency_key,"
            + " request_digest, order_type, status, payment_attempt, failure_reason, contact, placed_at"
            + " FROM customer_order";

    private final Supplier<Session> session;
    private final JsonColumn json;
    private final JavaType options;

    OrderRows(Supplier<Session> session, JsonColumn json) {
        this.session = session;
        this.json = json;
        this.options = json.listOf(ChosenOption.class);
    }

    /** The orders {@code where} (SQL after WHERE, with any ORDER BY and LIMIT) finds, in its order. */
    List<Order> where(String where, Object... values) {
        List<Head> heads = PlainStatements.list(session.get(), SELECT + " WHERE " + where, OrderRows::head, values);
        Map<String, List<OrderLine>> lines = linesOf(heads.stream().map(head -> head.identity().orderId()).toList());
        return heads.stream().map(head -> head.order(lines.getOrDefault(head.identity().orderId(), List.of())))
                .toList();
    }

    private Map<String, List<OrderLine>> linesOf(List<String> orderIds) {
        List<OwnedLine> lines = new ArrayList<>();
        for (int from = 0; from < orderIds.size(); from += IDS_PER_QUERY) {
            List<String> ids = orderIds.subList(from, Math.min(orderIds.size(), from + IDS_PER_QUERY));
            lines.addAll(PlainStatements.list(session.get(), "SELECT order_id, item_id, name_ko, name_en, options_json,"
                    + " quantity, unit_price_won, prep_seconds FROM order_line WHERE order_id IN ("
                    + PlainStatements.marks(ids.size()) + ") ORDER BY order_id, line_index",
                    row -> new OwnedLine(row.getString("order_id"), line(row)), ids.toArray()));
        }
        return lines.stream().collect(Collectors.groupingBy(OwnedLine::orderId,
                Collectors.mapping(OwnedLine::line, Collectors.toList())));
    }

    private OrderLine line(ResultSet row) throws SQLException {
        List<ChosenOption> chosen = json.read(row.getString("options_json"), options);
        return new OrderLine(row.getString("item_id"), new LocalizedText(row.getString("name_ko"),
                row.getString("name_en")), chosen, row.getInt("quantity"), row.getLong("unit_price_won"),
                row.getInt("prep_seconds"));
    }

    private static Head head(ResultSet row) throws SQLException {
        var identity = new OrderIdentity(row.getString("order_id"), row.getInt("order_number"),
                LocalDate.parse(row.getString("business_day")), row.getString("kiosk_id"),
                row.getString("idempotency_key"), row.getString("request_digest"),
                PlainStatements.instant(row, "placed_at"));
        return new Head(identity, OrderType.valueOf(row.getString("order_type")), row.getString("contact"),
                OrderStatus.valueOf(row.getString("status")), row.getInt("payment_attempt"),
                row.getString("failure_reason"));
    }

    /** An order's row without its lines. */
    private record Head(OrderIdentity identity, OrderType orderType, String contact, OrderStatus status,
                        int paymentAttempt, String failureReason) {

        Order order(List<OrderLine> lines) {
            return new Order(identity, orderType, lines, contact, status, paymentAttempt, failureReason);
        }
    }

    private record OwnedLine(String orderId, OrderLine line) {
    }
}
