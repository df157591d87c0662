package cafe.core.payment.application;

import java.util.Optional;

/**
 * The card network, seen from the store. Every call carries an idempotency key: calling again with
 * a key the gateway has seen returns the first answer and moves no money, so a request redelivered
 * after a crash cannot charge or refund twice. A charge whose answer never came can be looked up by
 * its key, and voided when the store will not keep it.
 */
public interface PaymentGateway {

    /**
     * Charges a card token.
     *
     * @throws GatewayUnavailableException when the gateway cannot be reached or does not answer in
     *     time; the caller does not know whether money moved and must retry with the same key
     */
    ChargeResult charge(ChargeRequest request);

    /**
     * What the network did with the charge sent under this key: its answer, or empty when it never
     * received that charge.
     *
     * @throws GatewayUnavailableException as for {@link #charge}
     */
    Optional<ChargeResult> lookup(String idempotencyKey);

    /**
     * Cancels the approval held under the key, if there is one; nothing happens otherwise, and
     * voiding twice is voiding once.
     *
     * @throws GatewayUnavailableException as for {@link #charge}
     */
    void voidCharge(VoidRequest request);

    /**
     * Gives a charge's money back.
     *
     * @throws GatewayUnavailableException as for {@link #charge}
     */
    RefundReceipt refund(RefundRequest request);

    /** A charge of {@code amountWon} to a one-time card token. */
    record ChargeRequest(String idempotencyKey, String orderId, long amountWon, String cardToken) {
    }

    /** A refund of a whole charge, named by the authorization code the charge got. */
    record RefundRequest(String idempotencyKey, String orderId, String authorizationCode, long amountWon) {
    }

    /** Cancels whatever approval the charge sent under {@code idempotencyKey} got. */
    record VoidRequest(String idempotencyKey, String orderId) {
    }

    /** The gateway's answer to a charge. */
    sealed interface ChargeResult permits Approved, Declined {
    }

    /** The card was charged. */
    record Approved(String authorizationCode) implements ChargeResult {
    }

    /** The card was refused; {@code code} is CARD_DECLINED or INSUFFICIENT_FUNDS. */
    record Declined(String code, String message) implements ChargeResult {
    }

    /** The gateway's confirmation that the money went back. */
    record RefundReceipt(String refundId) {
    }
}
