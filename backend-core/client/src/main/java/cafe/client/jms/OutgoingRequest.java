package cafe.client.jms;

import java.util.concurrent.CompletableFuture;

/** One command or query on its way: where it goes, what it says and who waits for the answer. */
record OutgoingRequest<T>(String correlationId, String address, String type, WireCodec.Body body,
                          Class<T> replyType, CompletableFuture<T> reply) {

    String orderId() {
        return body.orderId();
    }

    @Override
    public String toString() {
        return type + (orderId() == null ? "" : " orderId=" + orderId()) + " to " + address;
    }
}
