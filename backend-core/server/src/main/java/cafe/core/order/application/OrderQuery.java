package cafe.core.order.application;

/** GetOrder: the order a kiosk wants to see again. */
public record OrderQuery(String orderId) {
}
