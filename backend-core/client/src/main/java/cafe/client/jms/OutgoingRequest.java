package cafe.client.jms;

import java.util.concurrent.CompletableFuture;

/**
 * One command or query on its way: where it goes, what it says, the staff pass a manager's command
 * carries (null for others) and who waits for the answer.
 */
record OutgoingRequest<T>(String correlationId, String address, String type, WireCodec.Body body,
                          String staffPass, Class<T> replyType, CompletableFuture<T> reply) {

    String orderId() {
        return body.orderId();
    }

    @Override
    public String toString() {
        return type + (orderId() == null ? "" : " orderId=" + orderId()) + " to " + address;
    }
}
