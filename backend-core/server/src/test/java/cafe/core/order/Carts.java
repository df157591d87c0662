package cafe.core.order;

import cafe.contract.order.CardToken;
import cafe.contract.order.CartLine;
import cafe.contract.order.OrderType;
import cafe.contract.order.PlaceOrder;
import cafe.contract.order.TestCards;
import java.util.List;
import java.util.UUID;

/** Carts against the test menu, as a kiosk would send them. */
public final class Carts {

    public static final CardToken APPROVING_CARD = new CardToken(TestCards.APPROVE, "VISA", "4242");
    public static final CardToken DECLINING_CARD = new CardToken(TestCards.DECLINE, "VISA", "0002");

    /** 4,500 won. */
    public static CartLine americano(int quantity) {
        return new CartLine("americano", List.of("size-regular", "hot"), quantity);
    }

    /** 3,800 won. */
    public static CartLine croissant(int quantity) {
        return new CartLine("croissant", List.of(), quantity);
    }

    public static PlaceOrder order(long expectedTotalWon, CartLine... lines) {
        return order(APPROVING_CARD, expectedTotalWon, lines);
    }

    public static PlaceOrder order(CardToken card, long expectedTotalWon, CartLine... lines) {
        return new PlaceOrder(UUID.randomUUID().toString(), "kiosk-1", OrderType.TAKE_OUT, List.of(lines),
                expectedTotalWon, card, null);
    }

    private Carts() {
    }
}
