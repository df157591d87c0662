package cafe.contract.order;

/** After a decline, pay the same order with another card. */
public record RetryPayment(String orderId, CardToken card) {
}
