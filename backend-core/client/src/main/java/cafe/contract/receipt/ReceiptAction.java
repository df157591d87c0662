package cafe.contract.receipt;

import java.time.Instant;

/** Something staff did with a receipt: RESENT (to {@code detail}, masked) or PRINTED, by whom and when. */
public record ReceiptAction(String action, String staffId, String staffName, Instant at, String detail) {
}
