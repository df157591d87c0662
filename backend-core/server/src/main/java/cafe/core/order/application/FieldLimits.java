package cafe.core.order.application;

import cafe.contract.order.CardToken;
import cafe.contract.wire.ErrorCode;
import cafe.core.shared.Rejection;

/** Refuses text fields longer than anything a kiosk sends, before they are stored or echoed. */
final class FieldLimits {

    /** Order ids, kiosk ids and idempotency keys (UUIDs are 36 characters). */
    static final int ID = 64;
    /** A phone number or an e-mail address. */
    static final int CONTACT = 100;
    /** Why an order was cancelled. */
    static final int REASON = 200;
    static final int CARD_TOKEN = 256;
    static final int CARD_BRAND = 32;
    static final int CARD_LAST4 = 4;

    private FieldLimits() {
    }

    static String within(String value, String name, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new Rejection(ErrorCode.FIELD_TOO_LONG, name + " may be at most " + maxLength + " characters, was "
                    + value.length());
        }
        return value;
    }

    static CardToken card(CardToken card) {
        within(card.token(), "card.token", CARD_TOKEN);
        within(card.brand(), "card.brand", CARD_BRAND);
        within(card.last4(), "card.last4", CARD_LAST4);
        return card;
    }
}
