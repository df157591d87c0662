package cafe.client;

import cafe.contract.receipt.ReceiptView;
import java.util.concurrent.CompletableFuture;

/**
 * The manager's receipts, under the signed-in staff member's pass: find one by order number, send
 * it again to an e-mail address, print it. Each answers the receipt with what staff did with it;
 * RECEIPT_NOT_FOUND for a number no paid order has, CONTACT_INVALID for an address that is not one,
 * PRINTER_FAILED when the printer did not print.
 */
public interface ReceiptDesk {

    /** The receipt of the latest paid order with this number. */
    CompletableFuture<ReceiptView> find(int orderNumber);

    /** The receipt of this order; RECEIPT_NOT_FOUND while it is not paid. */
    CompletableFuture<ReceiptView> of(String orderId);

    /** Sends the order's receipt to {@code email}; {@code requestId} once per press (a retry sends one e-mail). */
    CompletableFuture<ReceiptView> resend(String requestId, String orderId, String email);

    /** Prints the order's receipt; {@code requestId} once per press (a retry prints once). */
    CompletableFuture<ReceiptView> print(String requestId, String orderId);
}
