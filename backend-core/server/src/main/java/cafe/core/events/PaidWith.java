package cafe.core.events;

/** How a paid order was paid, as its receipt shows it: the total, the card and the approval code. */
public record PaidWith(long totalWon, String cardBrand, String cardLast4, String approvalCode) {
}
