package cafe.pickup.board;

/** One number as a tile on the board; {@code newest} marks the most recently ready one. */
public record ShownNumber(String orderId, int orderNumber, boolean newest) {

    public String label() {
        return Integer.toString(orderNumber);
    }
}
