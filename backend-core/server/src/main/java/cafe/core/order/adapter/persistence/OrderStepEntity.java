package cafe.core.order.adapter.persistence;

import cafe.contract.order.OrderStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of an order's history; written and read by {@link HibernateOrders}. */
@Entity
@Table(name = "order_step")
class OrderStepEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "step_id")
    Long stepId;
    @Column(name = "order_id", nullable = false)
    String orderId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    OrderStatus status;
    @Column(nullable = false)
    Instant at;
    @Column(name = "staff_id")
    String staffId;
    @Column(name = "staff_name")
    String staffName;
    String note;
    @Column(name = "request_key")
    String requestKey;

    protected OrderStepEntity() {
    }
}
