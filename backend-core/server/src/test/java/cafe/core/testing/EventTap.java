package cafe.core.testing;

import cafe.contract.wire.Headers;
import cafe.contract.wire.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Listens to one multicast address over TCP with a role's user, as a screen would, and keeps
 * every event it hears for a test to wait on.
 */
public final class EventTap implements AutoCloseable {

    private final Connection connection;
    private final ObjectMapper json = Json.newMapper();
    private final List<Heard> heard = new CopyOnWriteArrayList<>();

    /** One event as it arrived: its type and orderId properties and its JSON body. */
    public record Heard(String type, String orderId, String body) {
    }

    private EventTap(Connection connection) {
        this.connection = connection;
    }

    public static EventTap listen(String url, String user, String password, String address) throws JMSException {
        Connection connection = new ActiveMQConnectionFactory(url).createConnection(user, password);
        EventTap tap = new EventTap(connection);
        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        session.createConsumer(session.createTopic(address)).setMessageListener(tap::hear);
        connection.start();
        return tap;
    }

    private void hear(Message message) {
        try {
            heard.add(new Heard(message.getStringProperty(Headers.TYPE), message.getStringProperty(Headers.ORDER_ID),
                    ((TextMessage) message).getText()));
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bodies of the events of one type about one order, oldest first. */
    public <T> List<T> bodies(String type, String orderId, Class<T> bodyType) {
        return heard.stream().filter(h -> h.type().equals(type) && orderId.equals(h.orderId()))
                .map(h -> read(h.body(), bodyType)).toList();
    }

    /** The bodies of every event of one type, oldest first. */
    public <T> List<T> bodies(String type, Class<T> bodyType) {
        return heard.stream().filter(h -> h.type().equals(type)).map(h -> read(h.body(), bodyType)).toList();
    }

    /** The types of the events heard about one order, oldest first. */
    public List<String> types(String orderId) {
        return heard.stream().filter(h -> orderId.equals(h.orderId())).map(Heard::type).toList();
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (Exception e) {
            throw new IllegalStateException("unreadable " + type.getSimpleName() + ": " + body, e);
        }
    }

    @Override
    public void close() throws JMSException {
        connection.close();
    }
}
