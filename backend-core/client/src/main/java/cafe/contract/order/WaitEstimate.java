package cafe.contract.order;

/** How long a new order would wait now, from the barista queue: shown on the kiosk's cart. */
public record WaitEstimate(int ordersAhead, int drinksAhead, int minutes) {
}
