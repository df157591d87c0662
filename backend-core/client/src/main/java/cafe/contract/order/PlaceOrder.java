package cafe.contract.order;

import java.util.List;

/**
 * A kiosk places and pays for an order. {@code idempotencyKey} is made by the kiosk once per
 * attempt: sending the same command again returns the same order. {@code expectedTotalWon} is the
 * kiosk's own sum; if the server's differs the answer is {@code MENU_CHANGED}. {@code contact} (a
 * phone number or e-mail for the "ready" message) may be null.
 */
public record PlaceOrder(String idempotencyKey, String kioskId, OrderType orderType, List<CartLine> lines,
                         long expectedTotalWon, CardToken card, String contact) {

    public PlaceOrder {
        lines = lines == null ? null : List.copyOf(lines);
    }
}
