package cafe.core.notification.adapter.persistence;

import cafe.contract.receipt.ReceiptAction;
import cafe.core.notification.application.Receipts;
import cafe.core.notification.domain.Receipt;
import cafe.core.platform.persistence.ServiceDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/** Receipts and what staff did with them, in the notification context's database. */
class HibernateReceipts implements Receipts {

    private final ServiceDatabase database;
    private final ObjectMapper json;

    HibernateReceipts(ServiceDatabase database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    @Override
    public void keep(Receipt receipt) {
        if (session().find(ReceiptRow.class, receipt.orderId()) == null) {
            session().persist(ReceiptRow.of(receipt, json));
        }
    }

    @Override
    public Optional<Receipt> receiptOf(String orderId) {
        return Optional.ofNullable(session().find(ReceiptRow.class, orderId)).map(row -> row.toReceipt(json));
    }

    @Override
    public Optional<Receipt> latestNumbered(int orderNumber) {
        return session().createSelectionQuery("from ReceiptRow where orderNumber = :number order by paidAt desc",
                        ReceiptRow.class)
                .setParameter("number", orderNumber).setMaxResults(1).uniqueResultOptional()
                .map(row -> row.toReceipt(json));
    }

    @Override
    public boolean record(String requestId, String orderId, ReceiptAction action) {
        if (recorded(requestId)) {
            return false;
        }
        session().persist(new ReceiptActionRow(requestId, orderId, action));
        return true;
    }

    @Override
    public boolean recorded(String requestId) {
        return session().find(ReceiptActionRow.class, requestId) != null;
    }

    @Override
    public List<ReceiptAction> history(String orderId) {
        return session().createSelectionQuery("from ReceiptActionRow where orderId = :orderId order by at",
                        ReceiptActionRow.class)
                .setParameter("orderId", orderId).getResultList().stream().map(ReceiptActionRow::toAction).toList();
    }

    private Session session() {
        return database.session();
    }
}
