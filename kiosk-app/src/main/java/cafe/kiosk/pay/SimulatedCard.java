package cafe.kiosk.pay;

import cafe.contract.order.CardToken;
import cafe.contract.order.TestCards;

/**
 * The cards the simulated card terminal offers. Reading one yields what a real reader yields: a
 * one-time token, the brand and the last four digits; no card number ever exists here.
 */
public enum SimulatedCard {
    APPROVE("pay.card.approve", TestCards.APPROVE, "VISA", "4242"),
    DECLINE("pay.card.decline", TestCards.DECLINE, "MASTERCARD", "0002"),
    INSUFFICIENT_FUNDS("pay.card.funds", TestCards.INSUFFICIENT_FUNDS, "BC", "9995"),
    TIMEOUT("pay.card.timeout", TestCards.TIMEOUT, "SHINHAN", "3184");

    private final String labelKey;
    private final String token;
    private final String brand;
    private final String last4;

    SimulatedCard(String labelKey, String token, String brand, String last4) {
        this.labelKey = labelKey;
        this.token = token;
        this.brand = brand;
        this.last4 = last4;
    }

    public String labelKey() {
        return labelKey;
    }

    public String brand() {
        return brand;
    }

    public String last4() {
        return last4;
    }

    public CardToken read() {
        return new CardToken(token, brand, last4);
    }
}
