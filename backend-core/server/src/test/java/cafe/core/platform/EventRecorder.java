package cafe.core.platform;

import cafe.contract.wire.Headers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/** The events a test terminal heard on one address, in arrival order. */
public final class EventRecorder implements MessageListener {

    /** One heard event: its type and order properties and its JSON body. */
    public record Heard(String type, String orderId, String eventId, JsonNode body) {
    }

    private final ObjectMapper json;
    private final List<Heard> heard = new CopyOnWriteArrayList<>();

    EventRecorder(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void onMessage(Message message) {
        try {
            String text = message instanceof TextMessage t ? t.getText() : "null";
            heard.add(new Heard(message.getStringProperty(Headers.TYPE), message.getStringProperty(Headers.ORDER_ID),
                    message.getStringProperty(Headers.EVENT_ID), json.readTree(text)));
        } catch (JMSException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for the first event of the type that matches, and returns it. */
    public Heard await(String type, Predicate<JsonNode> body) {
        Predicate<Heard> wanted = h -> type.equals(h.type()) && body.test(h.body());
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> heard.stream().anyMatch(wanted));
        return heard.stream().filter(wanted).findFirst().orElseThrow();
    }

    /** Waits for the first event of the type about the order. */
    public Heard await(String type, String orderId) {
        return await(type, body -> orderId.equals(body.path("orderId").asText()));
    }

    /** Everything heard so far. */
    public List<Heard> all() {
        return List.copyOf(heard);
    }

    public <T> T body(Heard event, Class<T> type) {
        return json.convertValue(event.body(), type);
    }
}
