package cafe.client.jms;

import cafe.contract.wire.Headers;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One listener's interest in one kind of event: the multicast address, the selector on
 * {@code type}, and the record the body decodes to. It survives reconnects; each connection
 * gives it a fresh consumer.
 */
final class EventFeed<T> {

    private static final Logger log = LoggerFactory.getLogger(EventFeed.class);

    private final String address;
    private final String selector;
    private final Class<T> type;
    private final Consumer<T> listener;
    private final SerialLane lane;
    private final WireCodec codec;
    private volatile boolean stopped;

    EventFeed(String address, String selector, Class<T> type, Consumer<T> listener, SerialLane lane,
              WireCodec codec) {
        this.address = address;
        this.selector = selector;
        this.type = type;
        this.listener = listener;
        this.lane = lane;
        this.codec = codec;
    }

    String address() {
        return address;
    }

    String selector() {
        return selector;
    }

    void stop() {
        stopped = true;
    }

    /** Called on a JMS delivery thread: reads the body there, decodes and calls out on the lane. */
    void deliver(Message message) {
        try {
            String text = message.getBody(String.class);
            String eventType = message.getStringProperty(Headers.TYPE);
            String orderId = message.getStringProperty(Headers.ORDER_ID);
            lane.execute(() -> notifyListener(text, eventType, orderId));
        } catch (JMSException e) {
            log.error("unreadable message on {} dropped", address, e);
        } catch (RuntimeException e) {
            // thrown on, it would make the session drop every message it holds, each pre-acknowledged
            log.warn("message on {} dropped: {}", address, e.toString());
        }
    }

    private void notifyListener(String text, String eventType, String orderId) {
        if (stopped) {
            return;
        }
        try {
            listener.accept(codec.decodeEvent(text, type));
        } catch (RuntimeException e) {
            log.error("{} listener failed on {} orderId={}; it keeps receiving", eventType, address, orderId, e);
        }
    }

    @Override
    public String toString() {
        return address + " [" + selector + "]";
    }
}
