package cafe.core.order.adapter.persistence;

import cafe.contract.order.OrderStatus;
import cafe.contract.order.OrderType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The row of one order with its lines; mapped to and from the domain by {@link HibernateOrders}. */
@Entity
@Table(name = "customer_order")
class OrderEntity {

    @Id
    @Column(name = "order_id")
    String orderId;
    @Column(name = "order_number", nullable = false)
    int orderNumber;
    @Column(name = "business_day", nullable = false)
    String businessDay;
    @Column(name = "kiosk_id")
    String kioskId;
    @Column(name = "idempotency_key", nullable = false, unique = true)
    String idempotencyKey;
    @Column(name = "request_digest")
    String requestDigest;
    @Enumerated(EnumType.STRING)
    @Column(name = "order_type", nullable = false)
    OrderType orderType;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    OrderStatus status;
    @Column(name = "payment_attempt", nullable = false)
    int paymentAttempt;
    @Column(name = "failure_reason")
    String failureReason;
    String contact;
    @Column(name = "total_won", nullable = false)
    long totalWon;
    @Column(name = "placed_at", nullable = false)
    Instant placedAt;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_index")
    List<OrderLineColumns> lines = new ArrayList<>();

    protected OrderEntity() {
    }
}
