package cafe.core.platform;

import cafe.contract.wire.Headers;
import cafe.contract.wire.Json;
import cafe.contract.wire.Reply;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQMessage;
import org.apache.activemq.artemis.utils.UUIDGenerator;

/**
 * A terminal as the tests play it: raw JMS over TCP with a role's user, sending requests the way a
 * kiosk or console would and listening to event addresses.
 */
public final class TestTerminal implements AutoCloseable {

    private static final long REPLY_WAIT_MILLIS = 10_000;
    /** Stands for "no message id at all" where a test's own id would go. */
    private static final UUID WITHOUT_ID = new UUID(0, 0);
    private static final String MANAGEMENT_ADDRESS = "activemq.management";

    private final Connection connection;
    private final Session session;
    private final ObjectMapper json = Json.newMapper();
    /** The reply queue of each request sent under a chosen message id, for its sends again. */
    private final Map<UUID, TemporaryQueue> repliesById = new HashMap<>();

    private TestTerminal(Connection connection) throws JMSException {
        this.connection = connection;
        this.session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        connection.start();
    }

    public static TestTerminal connect(String url, String user, String password) throws JMSException {
        return new TestTerminal(new ActiveMQConnectionFactory(url).createConnection(user, password));
    }

    /** Sends a request and waits for its reply. */
    public Reply request(String queue, String type, Object body) throws Exception {
        TemporaryQueue replies = session.createTemporaryQueue();
        try {
            return request(queue, type, body, null, null, replies);
        } finally {
            replies.delete();
        }
    }

    /**
     * Sends a request under a message id of the test's choosing and waits for its reply: sent twice
     * under one id by one terminal (with one reply queue), it is one request the broker delivers
     * again, as it does when the server that took it died before acknowledging it.
     */
    public Reply request(String queue, String type, Object body, UUID messageId) throws Exception {
        return signedRequest(queue, type, body, messageId, null);
    }

    /** Sends a request with message ids switched off, as any JMS client may: it carries no message id. */
    public Reply requestWithoutMessageId(String queue, String type, Object body) throws Exception {
        return request(queue, type, body, WITHOUT_ID);
    }

    /** Like {@link #request(String, String, Object, UUID)}, carrying a staff pass (null for none). */
    public Reply signedRequest(String queue, String type, Object body, UUID messageId, String staffPass)
            throws Exception {
        TemporaryQueue replies = repliesById.computeIfAbsent(messageId, id -> temporaryQueue());
        return request(queue, type, body, messageId, staffPass, replies);
    }

    private TemporaryQueue temporaryQueue() {
        try {
            return session.createTemporaryQueue();
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    private Reply request(String queue, String type, Object body, UUID messageId, String staffPass,
                          TemporaryQueue replies) throws Exception {
        try (MessageConsumer consumer = session.createConsumer(replies)) {
            TextMessage message = session.createTextMessage(
                    body instanceof String text ? text : json.writeValueAsString(body));
            message.setStringProperty(Headers.TYPE, type);
            if (staffPass != null) {
                message.setStringProperty(Headers.STAFF_PASS, staffPass);
            }
            String correlationId = UUID.randomUUID().toString();
            message.setJMSCorrelationID(correlationId);
            message.setJMSReplyTo(replies);
            try (var producer = session.createProducer(session.createQueue(queue))) {
                if (messageId != null) {
                    producer.setDisableMessageID(true);
                }
                if (messageId != null && messageId != WITHOUT_ID) {
                    ((ActiveMQMessage) message).getCoreMessage()
                            .setUserID(UUIDGenerator.getInstance().fromJavaUUID(messageId));
                }
                producer.send(message);
            }
            TextMessage reply = (TextMessage) consumer.receive(REPLY_WAIT_MILLIS);
            if (reply == null) {
                throw new AssertionError("no reply to " + type + " within " + REPLY_WAIT_MILLIS + " ms");
            }
            if (!correlationId.equals(reply.getJMSCorrelationID())) {
                throw new AssertionError("reply to another request: " + reply.getJMSCorrelationID());
            }
            return json.readValue(reply.getText(), Reply.class);
        }
    }

    /** A request for {@link #requestAll}: where it goes, its type header (null for none) and its body. */
    public record Request(String queue, String type, String body) {
    }

    /**
     * Sends every request at once, as a kiosk does (non-persistent, each with its correlation id),
     * then waits for all their replies; returns them in the order of the requests.
     */
    public List<Reply> requestAll(List<Request> requests) throws Exception {
        TemporaryQueue replies = session.createTemporaryQueue();
        try (MessageConsumer consumer = session.createConsumer(replies);
             MessageProducer producer = session.createProducer(null)) {
            producer.setDeliveryMode(DeliveryMode.NON_PERSISTENT);
            List<String> correlationIds = new ArrayList<>();
            for (Request request : requests) {
                TextMessage message = session.createTextMessage(request.body());
                message.setStringProperty(Headers.TYPE, request.type());
                correlationIds.add(UUID.randomUUID().toString());
                message.setJMSCorrelationID(correlationIds.get(correlationIds.size() - 1));
                message.setJMSReplyTo(replies);
                producer.send(session.createQueue(request.queue()), message);
            }
            Map<String, Reply> byCorrelationId = new HashMap<>();
            long deadline = System.currentTimeMillis() + REPLY_WAIT_MILLIS * Math.max(1, requests.size() / 20);
            while (byCorrelationId.size() < requests.size() && System.currentTimeMillis() < deadline) {
                TextMessage reply = (TextMessage) consumer.receive(Math.max(1, deadline - System.currentTimeMillis()));
                if (reply != null) {
                    byCorrelationId.put(reply.getJMSCorrelationID(), json.readValue(reply.getText(), Reply.class));
                }
            }
            return correlationIds.stream().map(byCorrelationId::get).toList();
        } finally {
            replies.delete();
        }
    }

    /**
     * Calls a broker management operation as an operator would (only admin may), e.g.
     * {@code manage("queue.barista.order-events", "pause")}; returns its result.
     */
    public Object manage(String resource, String operation, Object... parameters) throws Exception {
        TemporaryQueue replies = session.createTemporaryQueue();
        try (MessageConsumer consumer = session.createConsumer(replies);
             var producer = session.createProducer(session.createQueue(MANAGEMENT_ADDRESS))) {
            Message message = session.createMessage();
            JMSManagementHelper.putOperationInvocation(message, resource, operation, parameters);
            message.setJMSReplyTo(replies);
            producer.send(message);
            Message reply = consumer.receive(REPLY_WAIT_MILLIS);
            if (reply == null || !JMSManagementHelper.hasOperationSucceeded(reply)) {
                throw new AssertionError(operation + " on " + resource + " failed: "
                        + (reply == null ? "no reply" : JMSManagementHelper.getResult(reply)));
            }
            return JMSManagementHelper.getResult(reply);
        } finally {
            replies.delete();
        }
    }

    /** Sends a request that asks to be answered at {@code replyTo}, and waits for no answer. */
    public void requestAnsweredAt(String queue, String type, Object body, Destination replyTo) throws Exception {
        requestAnsweredAt(queue, type, body, replyTo, Map.of());
    }

    private void requestAnsweredAt(String queue, String type, Object body, Destination replyTo,
                                   Map<String, Object> more) throws Exception {
        try (var producer = session.createProducer(session.createQueue(queue))) {
            Map<String, Object> properties = new HashMap<>(more);
            properties.put(Headers.TYPE, type);
            Message message = message(json.writeValueAsString(body), properties);
            message.setJMSReplyTo(replyTo);
            producer.send(message);
        }
    }

    /** Sends a request with one more property of the test's choosing, and waits for no answer. */
    public void requestWithProperty(String queue, String type, Object body, String property, String value)
            throws Exception {
        TemporaryQueue replies = session.createTemporaryQueue();
        requestAnsweredAt(queue, type, body, replies, Map.of(property, value));
    }

    /** A topic of this terminal's session, to name as a reply-to. */
    public Destination topic(String address) throws JMSException {
        return session.createTopic(address);
    }

    /** Sends a message to a queue (anycast) with the given properties. */
    public void sendToQueue(String queue, String body, Map<String, Object> properties) throws JMSException {
        try (var producer = session.createProducer(session.createQueue(queue))) {
            producer.send(message(body, properties));
        }
    }

    /** Publishes a message to a multicast address with the given properties. */
    public void publish(String address, String body, Map<String, Object> properties) throws JMSException {
        try (var producer = session.createProducer(session.createTopic(address))) {
            producer.send(message(body, properties));
        }
    }

    /** Publishes an event as a service's outbox would: type, eventId and orderId properties, JSON body. */
    public void publishEvent(String address, String type, String orderId, Object body) throws Exception {
        publish(address, json.writeValueAsString(body), Map.of(Headers.TYPE, type,
                Headers.EVENT_ID, UUID.randomUUID().toString(), Headers.ORDER_ID, orderId));
    }

    private Message message(String body, Map<String, Object> properties) throws JMSException {
        TextMessage message = session.createTextMessage(body);
        for (var property : properties.entrySet()) {
            message.setObjectProperty(property.getKey(), property.getValue());
        }
        return message;
    }

    /** A non-durable subscription to a multicast address, as a screen follows events. */
    public MessageConsumer listen(String address) throws JMSException {
        return session.createConsumer(session.createTopic(address));
    }

    /** A consumer on a queue, by plain or fully qualified name. */
    public MessageConsumer consume(String queue) throws JMSException {
        return session.createConsumer(session.createQueue(queue));
    }

    /** Records every event published to the address from now on (on a session of its own). */
    public EventRecorder record(String address) throws JMSException {
        Session listening = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        EventRecorder recorder = new EventRecorder(json);
        listening.createConsumer(listening.createTopic(address)).setMessageListener(recorder);
        return recorder;
    }

    public ObjectMapper json() {
        return json;
    }

    @Override
    public void close() throws JMSException {
        connection.close();
    }
}
