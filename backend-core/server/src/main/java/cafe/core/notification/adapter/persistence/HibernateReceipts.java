package cafe.core.notification.adapter.persistence;

import cafe.contract.receipt.ReceiptAction;
import cafe.contract.receipt.ReceiptLine;
import cafe.core.notification.application.Receipts;
import cafe.core.notification.domain.Receipt;
import cafe.core.platform.persistence.PlainStatements;
import cafe.core.platform.persistence.ServiceDatabase;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Receipts and what staff did with them in the notification context's database, rows of
 * {@code receipt} (its lines as JSON) and {@code receipt_action} read and written with plain SQL
 * ({@link PlainStatements}): every paid order keeps its receipt.
 */
class HibernateReceipts implements Receipts {

    private static final TypeReference<List<ReceiptLine>> LINES = new TypeReference<>() { };
    private static final String RECEIPT = "SELECT order_id, order_number, paid_at, lines, total_won, card_brand,"
            + " card_last4, approval_code FROM receipt";
    private static final String KEEP = "INSERT INTO receipt (order_id, order_number, paid_at, lines, total_won,"
            + " card_brand, card_last4, approval_code, order_key_digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (order_id) DO NOTHING";
    private static final String RECORD = "INSERT INTO receipt_action (request_id, order_id, action, staff_id,"
            + " staff_name, at, detail) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (request_id) DO NOTHING";

    private final ServiceDatabase database;
    private final ObjectMapper json;

    HibernateReceipts(ServiceDatabase database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    @Override
    public void keep(Receipt receipt, String orderKeyDigest) {
        PlainStatements.update(session(), KEEP, receipt.orderId(), receipt.orderNumber(), receipt.paidAt(),
                linesOf(receipt), receipt.totalWon(), receipt.cardBrand(), receipt.cardLast4(), receipt.approvalCode(),
                orderKeyDigest);
    }

    @Override
    public Optional<String> placedWith(String orderId) {
        return PlainStatements.one(session(), "SELECT order_key_digest FROM receipt WHERE order_id = ?"
                + " AND order_key_digest IS NOT NULL", row -> row.getString("order_key_digest"), orderId);
    }

    @Override
    public Optional<Receipt> receiptOf(String orderId) {
        return PlainStatements.one(session(), RECEIPT + " WHERE order_id = ?", this::receipt, orderId);
    }

    @Override
    public Optional<Receipt> latestNumbered(int orderNumber, Instant since) {
        return PlainStatements.list(session(), RECEIPT + " WHERE order_number = ? AND paid_at >= ?"
                + " ORDER BY paid_at DESC LIMIT 1", this::receipt, orderNumber, since).stream().findFirst();
    }

    @Override
    public boolean record(String requestId, String orderId, ReceiptAction action) {
        return PlainStatements.update(session(), RECORD, requestId, orderId, action.action(), action.staffId(),
                action.staffName(), action.at(), action.detail()) == 1;
    }

    @Override
    public boolean recorded(String requestId) {
        return PlainStatements.exists(session(), "SELECT 1 FROM receipt_action WHERE request_id = ?", requestId);
    }

    @Override
    public List<ReceiptAction> history(String orderId) {
        return PlainStatements.list(session(), "SELECT action, staff_id, staff_name, at, detail FROM receipt_action"
                + " WHERE order_id = ? ORDER BY at", HibernateReceipts::action, orderId);
    }

    private static ReceiptAction action(ResultSet row) throws SQLException {
        return new ReceiptAction(row.getString("action"), row.getString("staff_id"), row.getString("staff_name"),
                PlainStatements.instant(row, "at"), row.getString("detail"));
    }

    private Receipt receipt(ResultSet row) throws SQLException {
        String orderId = row.getString("order_id");
        return new Receipt(orderId, row.getInt("order_number"), PlainStatements.instant(row, "paid_at"),
                lines(orderId, row.getString("lines")), row.getLong("total_won"), row.getString("card_brand"),
                row.getString("card_last4"), row.getString("approval_code"));
    }

    private String linesOf(Receipt receipt) {
        try {
            return json.writeValueAsString(receipt.lines());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("receipt lines of " + receipt.orderId() + " cannot be stored", e);
        }
    }

    private List<ReceiptLine> lines(String orderId, String text) {
        try {
            return json.readValue(text, LINES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("receipt lines of " + orderId + " cannot be read", e);
        }
    }

    private Session session() {
        return database.session();
    }
}
