package cafe.pickup.board;

/**
 * A number that has just become ready and is being called out (chime and pulse). The sequence
 * tells two calls of the same number apart.
 */
public record Announcement(long sequence, String orderId, int orderNumber) {
}
