package cafe.contract.desk;

import java.time.Instant;

/**
 * One attempt at paying an order, as payment recorded it: {@code status} PENDING, APPROVED,
 * DECLINED or REFUNDED; the approval code of a charge, the decline's code and words, the refund.
 */
public record PaymentRecord(int attempt, long amountWon, String cardBrand, String cardLast4, String status,
                            String approvalCode, String declineCode, String declineMessage, Instant settledAt,
                            String refundId, Instant refundedAt) {
}
