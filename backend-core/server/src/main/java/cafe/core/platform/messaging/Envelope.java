package cafe.core.platform.messaging;

import cafe.contract.wire.Headers;
import cafe.contract.wire.InstantText;
import cafe.core.platform.persistence.OutboxRecord;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.util.List;

/**
 * The headers and JSON body of one message as the platform reads and writes them: {@code type},
 * {@code schemaVersion}, {@code eventId}, {@code occurredAt} (ISO-8601 text) and {@code orderId}
 * as properties, the record as JSON text.
 */
record Envelope(String type, String eventId, String orderId, String body) {

    /** Artemis's duplicate-detection property: a second message with the same value is dropped. */
    static final String DUPLICATE_ID = org.apache.activemq.artemis.api.core.Message.HDR_DUPLICATE_DETECTION_ID
            .toString();

    /**
     * The message group: a queue with several consumers hands all events of one order to the same
     * consumer, so they are applied in the order they were written.
     */
    static final String GROUP_ID = "JMSXGroupID";

    static Envelope read(Message message) throws JMSException {
        String body = message instanceof TextMessage text ? text.getText() : null;
        String eventId = message.getStringProperty(Headers.EVENT_ID);
        return new Envelope(message.getStringProperty(Headers.TYPE),
                eventId != null ? eventId : message.getJMSMessageID(),
                message.getStringProperty(Headers.ORDER_ID), body);
    }

    /** Reads each message into {@code envelopes}, in order: a failure leaves those read before it there. */
    static void readEach(List<Message> messages, List<Envelope> envelopes) throws JMSException {
        for (Message message : messages) {
            envelopes.add(read(message));
        }
    }

    /** The JSON body as the record it carries; refused when there is none or it is not that record's JSON. */
    Object body(Class<?> bodyType, ObjectMapper json) {
        if (body == null) {
            throw new IllegalArgumentException("event without a JSON body");
        }
        try {
            return json.readValue(body, bodyType);
        } catch (IOException e) {
            throw new IllegalArgumentException("the body of " + type + " is not its JSON", e);
        }
    }

    static TextMessage eventMessage(Session session, OutboxRecord record) throws JMSException {
        TextMessage message = liveMessage(session, record);
        if (record.orderId() != null) {
            message.setStringProperty(GROUP_ID, record.orderId());
        }
        message.setStringProperty(DUPLICATE_ID, record.eventId());
        return message;
    }

    /**
     * The event as terminals follow it live: headers and body without the duplicate-detection id
     * (the broker writes each one it sees to its journal) or the message group (a terminal listens alone).
     */
    static TextMessage liveMessage(Session session, OutboxRecord record) throws JMSException {
        TextMessage message = session.createTextMessage(record.body());
        message.setStringProperty(Headers.TYPE, record.type());
        message.setIntProperty(Headers.SCHEMA_VERSION, Headers.CURRENT_SCHEMA_VERSION);
        message.setStringProperty(Headers.EVENT_ID, record.eventId());
        message.setStringProperty(Headers.OCCURRED_AT, InstantText.of(record.occurredAt()));
        if (record.orderId() != null) {
            message.setStringProperty(Headers.ORDER_ID, record.orderId());
        }
        return message;
    }
}
