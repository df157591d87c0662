package cafe.contract.receipt;

/** The manager asks for the receipt of the latest paid order with this number (numbers restart each day). */
public record FindReceipt(int orderNumber) {
}
