package cafe.client.jms;

import cafe.contract.wire.Addresses;
import cafe.contract.wire.ErrorCode;
import cafe.contract.wire.Headers;
import cafe.contract.wire.Json;
import cafe.contract.wire.Reply;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Stands in for the StoreServer's services: answers requests on every command and query address
 * with Reply envelopes, as told per message type (types it was not told about get no answer),
 * remembers what it received, and publishes events.
 */
final class StubStore implements AutoCloseable {

    /** A request as the server saw it. */
    record Received(String address, String type, int schemaVersion, String orderId, String correlationId,
                    boolean hasReplyTo, JsonNode body) {
    }

    private static final List<String> REQUEST_ADDRESSES = List.of(Addresses.ORDER_COMMANDS,
            Addresses.ORDER_STAFF_COMMANDS, Addresses.MENU_QUERIES, Addresses.MENU_COMMANDS,
            Addresses.BARISTA_COMMANDS, Addresses.BARISTA_QUERIES, Addresses.BOARD_QUERIES);

    private final ObjectMapper mapper = Json.newMapper();
    private final Map<String, Function<JsonNode, Reply>> answers = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ActiveMQConnectionFactory factory;
    private final JMSContext connection;

    private StubStore(String brokerUrl, String user, String password) {
        factory = new ActiveMQConnectionFactory(brokerUrl, user, password);
        connection = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
        for (String address : REQUEST_ADDRESSES) {
            JMSContext session = connection.createContext(JMSContext.AUTO_ACKNOWLEDGE);
            session.createConsumer(session.createQueue(address))
                    .setMessageListener(message -> handle(session, address, message));
        }
    }

    static StubStore start(String brokerUrl) {
        return new StubStore(brokerUrl, null, null);
    }

    /** On a secured broker, as a user allowed everything. */
    static StubStore start(String brokerUrl, String user, String password) {
        return new StubStore(brokerUrl, user, password);
    }

    /** Makes the event address exist, as the StoreServer does before any terminal comes. */
    StubStore withAddress(String eventAddress) {
        publish(eventAddress, "AddressCreated", null, Map.of());
        return this;
    }

    StubStore answer(String type, Function<JsonNode, Reply> answer) {
        answers.put(type, answer);
        return this;
    }

    StubStore answerOk(String type, Object data) {
        return answer(type, request -> Reply.ok(mapper.valueToTree(data)));
    }

    StubStore answerError(String type, ErrorCode code, String message, Object details) {
        return answer(type, request -> Reply.error(code, message, mapper.valueToTree(details)));
    }

    /** From now on, no type gets an answer until told again. */
    void forgetAnswers() {
        answers.clear();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    Received lastOf(String type) {
        return received.stream().filter(r -> r.type().equals(type)).reduce((a, b) -> b).orElseThrow();
    }

    /** Publishes an event as the services do: a JSON body with type and orderId properties. */
    synchronized void publish(String address, String type, String orderId, Object body) {
        connection.createProducer()
                .setProperty(Headers.TYPE, type)
                .setProperty(Headers.SCHEMA_VERSION, Headers.CURRENT_SCHEMA_VERSION)
                .setProperty(Headers.ORDER_ID, orderId)
                .send(connection.createTopic(address), write(body));
    }

    private void handle(JMSContext session, String address, Message request) {
        try {
            String type = request.getStringProperty(Headers.TYPE);
            JsonNode body = mapper.readTree(request.getBody(String.class));
            received.add(new Received(address, type, request.getIntProperty(Headers.SCHEMA_VERSION),
                    request.getStringProperty(Headers.ORDER_ID), request.getJMSCorrelationID(),
                    request.getJMSReplyTo() != null, body));
            Function<JsonNode, Reply> answer = answers.get(type);
            if (answer != null) {
                session.createProducer()
                        .setJMSCorrelationID(request.getJMSCorrelationID())
                        .send(request.getJMSReplyTo(), write(answer.apply(body)));
            }
        } catch (JMSException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public void close() {
        connection.close();
        factory.close();
    }
}
