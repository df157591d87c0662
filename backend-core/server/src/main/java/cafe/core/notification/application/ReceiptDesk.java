package cafe.core.notification.application;

import cafe.contract.receipt.FindReceipt;
import cafe.contract.receipt.PrintReceipt;
import cafe.contract.receipt.ReceiptAction;
import cafe.contract.receipt.ReceiptView;
import cafe.contract.receipt.ResendReceipt;
import cafe.contract.wire.ErrorCode;
import cafe.core.notification.domain.Contact;
import cafe.core.notification.domain.Receipt;
import cafe.core.shared.BusinessDays;
import cafe.core.shared.Rejection;
import cafe.core.shared.Staff;
import cafe.core.shared.Transactions;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The manager's receipts: find one by order number, send it again to an e-mail address the
 * customer gives, print it. Resending and printing are recorded with who and when, once per request
 * id, so a request sent twice sends or prints once.
 */
public class ReceiptDesk {

    static final String RESENT = "RESENT";
    static final String PRINTED = "PRINTED";

    private static final Logger log = LoggerFactory.getLogger(ReceiptDesk.class);

    private final Transactions transactions;
    private final Receipts receipts;
    private final CustomerMessages messages;
    private final ReceiptPrinter printer;
    private final Runnable messagesQueued;
    /** The store's days: a number finds a receipt of today's only. */
    private final BusinessDays days;

    /** @param messagesQueued called after a resent receipt is committed, to push it soon */
    public ReceiptDesk(Transactions transactions, Receipts receipts, CustomerMessages messages, ReceiptPrinter printer,
                       Runnable messagesQueued, BusinessDays days) {
        this.transactions = transactions;
        this.receipts = receipts;
        this.messages = messages;
        this.printer = printer;
        this.messagesQueued = messagesQueued;
        this.days = days;
    }

    public ReceiptView find(FindReceipt query, Staff staff) {
        if (query.orderId() != null) {
            return transactions.inTransaction(() -> view(known(query.orderId())));
        }
        Instant dayStart = days.startOf(days.today());
        return transactions.inTransaction(() -> view(receipts.latestNumbered(query.orderNumber(), dayStart)
                .orElseThrow(() -> new Rejection(ErrorCode.RECEIPT_NOT_FOUND, "no order paid today has the number "
                        + query.orderNumber() + " (another day's: find the order on its day)"))));
    }

    public ReceiptView resend(ResendReceipt command, Staff staff) {
        Contact email = Contact.parse(command.email()).filter(contact -> contact.kind() == Contact.Kind.EMAIL)
                .orElseThrow(() -> new Rejection(ErrorCode.CONTACT_INVALID,
                        "type an e-mail address such as name@example.com"));
        String requestId = required(command.requestId(), "requestId");
        ReceiptView view = transactions.inTransaction(() -> {
            Receipt receipt = known(command.orderId());
            Instant now = days.clock().instant();
            if (receipts.record(requestId, receipt.orderId(), new ReceiptAction(RESENT, staff.id(), staff.name(), now,
                    email.masked()))) {
                messages.queueResentReceipt(requestId, receipt, email, now);
                log.info("orderId={} receipt resent to {} by {}", receipt.orderId(), email, staff);
            }
            return view(receipt);
        });
        messagesQueued.run();
        return view;
    }

    /** Prints before recording: a crash between the two prints again on a retry rather than never. */
    public ReceiptView print(PrintReceipt command, Staff staff) {
        String requestId = required(command.requestId(), "requestId");
        Receipt receipt = transactions.inTransaction(() -> known(command.orderId()));
        if (!transactions.inTransaction(() -> receipts.recorded(requestId))) {
            try {
                printer.print(receipt.orderId(), messages.layOut(receipt));
            } catch (RuntimeException e) {
                log.warn("orderId={} receipt not printed: {}", receipt.orderId(), e.getMessage());
                throw new Rejection(ErrorCode.PRINTER_FAILED, "the receipt printer did not print: " + e.getMessage());
            }
        }
        return transactions.inTransaction(() -> {
            if (receipts.record(requestId, receipt.orderId(), new ReceiptAction(PRINTED, staff.id(), staff.name(),
                    days.clock().instant(), null))) {
                log.info("orderId={} receipt printed by {}", receipt.orderId(), staff);
            }
            return view(receipt);
        });
    }

    private Receipt known(String orderId) {
        return receipts.receiptOf(required(orderId, "orderId")).orElseThrow(
                () -> new Rejection(ErrorCode.RECEIPT_NOT_FOUND, "no receipt for order " + orderId));
    }

    private ReceiptView view(Receipt receipt) {
        return new ReceiptView(receipt.orderId(), receipt.orderNumber(), receipt.paidAt(), receipt.lines(),
                receipt.totalWon(), receipt.vatWon(), receipt.cardBrand(), receipt.cardLast4(), receipt.approvalCode(),
                messages.layOut(receipt), receipts.history(receipt.orderId()));
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new Rejection(ErrorCode.MISSING_FIELD, field + " is required");
        }
        return value;
    }
}
