package cafe.client.jms;

import static cafe.contract.wire.Addresses.NOTIFICATION_MANAGER_COMMANDS;

import cafe.client.ReceiptDesk;
import cafe.contract.receipt.FindReceipt;
import cafe.contract.receipt.PrintReceipt;
import cafe.contract.receipt.ReceiptView;
import cafe.contract.receipt.ResendReceipt;
import cafe.contract.wire.MessageTypes;
import java.util.concurrent.CompletableFuture;

/** The manager's receipt calls on the notification context, each under the signed-in staff member's pass. */
final class JmsReceiptDesk implements ReceiptDesk {

    private final StaffRequests signed;

    JmsReceiptDesk(StaffRequests signed) {
        this.signed = signed;
    }

    @Override
    public CompletableFuture<ReceiptView> find(int orderNumber) {
        return signed(MessageTypes.FIND_RECEIPT, FindReceipt.numbered(orderNumber));
    }

    @Override
    public CompletableFuture<ReceiptView> of(String orderId) {
        return signed(MessageTypes.FIND_RECEIPT, FindReceipt.of(orderId));
    }

    @Override
    public CompletableFuture<ReceiptView> resend(String requestId, String orderId, String email) {
        return signed(MessageTypes.RESEND_RECEIPT, new ResendReceipt(requestId, orderId, email));
    }

    @Override
    public CompletableFuture<ReceiptView> print(String requestId, String orderId) {
        return signed(MessageTypes.PRINT_RECEIPT, new PrintReceipt(requestId, orderId));
    }

    private CompletableFuture<ReceiptView> signed(String type, Object command) {
        return signed.send(NOTIFICATION_MANAGER_COMMANDS, type, command, ReceiptView.class);
    }
}
