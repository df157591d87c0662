package cafe.core.notification.adapter.persistence;

import cafe.contract.receipt.ReceiptAction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code receipt_action}: staff resent or printed a receipt. */
@Entity
@Table(name = "receipt_action")
class ReceiptActionRow {

    @Id
    @Column(name = "request_id")
    private String requestId;
    @Column(name = "order_id", nullable = false)
    private String orderId;
    @Column(nullable = false)
    private String action;
    @Column(name = "staff_id", nullable = false)
    private String staffId;
    @Column(name = "staff_name", nullable = false)
    private String staffName;
    @Column(nullable = false)
    private Instant at;
    private String detail;

    protected ReceiptActionRow() {
    }

    ReceiptActionRow(String requestId, String orderId, ReceiptAction action) {
        this.requestId = requestId;
        this.orderId = orderId;
        this.action = action.action();
        this.staffId = action.staffId();
        this.staffName = action.staffName();
        this.at = action.at();
        this.detail = action.detail();
    }

    ReceiptAction toAction() {
        return new ReceiptAction(action, staffId, staffName, at, detail);
    }
}
