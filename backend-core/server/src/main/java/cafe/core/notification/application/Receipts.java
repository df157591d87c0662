package cafe.core.notification.application;

import cafe.contract.receipt.ReceiptAction;
import cafe.core.notification.domain.Receipt;
import java.util.List;
import java.time.Instant;
import java.util.Optional;

/** The receipts of paid orders and what staff did with them, used inside a transaction. */
public interface Receipts {

    /**
     * Keeps a receipt with the digest of the key its order was placed with (null from an event
     * written before the digest was); one already kept for the order stays as it was.
     */
    void keep(Receipt receipt, String orderKeyDigest);

    /** The digest of the key the order was placed with, once its receipt is kept with one. */
    Optional<String> placedWith(String orderId);

    Optional<Receipt> receiptOf(String orderId);

    /**
     * The receipt of the latest order with this number paid at or after {@code since}: numbers start
     * again every business day, so an older one is another customer's.
     */
    Optional<Receipt> latestNumbered(int orderNumber, Instant since);

    /** Records what staff did, under the request's id: false when that request was already recorded. */
    boolean record(String requestId, String orderId, ReceiptAction action);

    boolean recorded(String requestId);

    /** What staff did with the order's receipt, oldest first. */
    List<ReceiptAction> history(String orderId);
}
