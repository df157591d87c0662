package cafe.core.notification.adapter.persistence;

import cafe.contract.receipt.ReceiptLine;
import cafe.core.notification.domain.Receipt;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A row of {@code receipt}: a paid order's receipt, its lines as JSON. */
@Entity
@Table(name = "receipt")
class ReceiptRow {

    private static final TypeReference<List<ReceiptLine>> LINES = new TypeReference<>() { };

    @Id
    @Column(name = "order_id")
    private String orderId;
    @Column(name = "order_number", nullable = false)
    private int orderNumber;
    @Column(name = "paid_at", nullable = false)
    private Instant paidAt;
    @Column(nullable = false)
    private String lines;
    @Column(name = "total_won", nullable = false)
    private long totalWon;
    @Column(name = "card_brand")
    private String cardBrand;
    @Column(name = "card_last4")
    private String cardLast4;
    @Column(name = "approval_code")
    private String approvalCode;

    protected ReceiptRow() {
    }

    static ReceiptRow of(Receipt receipt, ObjectMapper json) {
        ReceiptRow row = new ReceiptRow();
        row.orderId = receipt.orderId();
        row.orderNumber = receipt.orderNumber();
        row.paidAt = receipt.paidAt();
        try {
            row.lines = json.writeValueAsString(receipt.lines());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("receipt lines of " + receipt.orderId() + " cannot be stored", e);
        }
        row.totalWon = receipt.totalWon();
        row.cardBrand = receipt.cardBrand();
        row.cardLast4 = receipt.cardLast4();
        row.approvalCode = receipt.approvalCode();
        return row;
    }

    Receipt toReceipt(ObjectMapper json) {
        try {
            return new Receipt(orderId, orderNumber, paidAt, json.readValue(lines, LINES), totalWon, cardBrand,
                    cardLast4, approvalCode);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("receipt lines of " + orderId + " cannot be read", e);
        }
    }
}
