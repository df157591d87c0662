package cafe.contract.order;

/**
 * What the kiosk's card reader yields: a one-time token, the brand and the last four digits.
 * No card number, CVC or PIN ever leaves the reader.
 */
public record CardToken(String token, String brand, String last4) {

    @Override
    public String toString() {
        return brand + " ****" + last4;
    }
}
