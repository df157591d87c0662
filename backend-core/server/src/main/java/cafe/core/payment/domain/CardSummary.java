package cafe.core.payment.domain;

/**
 * What a payment keeps of the card: its brand and last four digits, enough for a receipt and for
 * staff to recognise it. The one-time token is never stored and there is never a card number.
 */
public record CardSummary(String brand, String last4) {

    @Override
    public String toString() {
        return brand + " ****" + last4;
    }
}
