package cafe.core.platform.messaging;

import cafe.contract.wire.ErrorCode;
import cafe.contract.wire.Headers;
import cafe.contract.wire.Reply;
import cafe.core.platform.messaging.RequestRoutes.Kind;
import cafe.core.platform.persistence.AnsweredRequests;
import cafe.core.shared.Rejection;
import cafe.core.shared.RequestId;
import cafe.core.shared.Staff;
import cafe.core.shared.Transactions;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Answers requests arriving on one anycast queue: decodes the body by its {@code type}, runs the
 * handler in the context's transaction (unless it opens its own) and replies to JMSReplyTo with
 * the {@link Reply} envelope, echoing the correlation id. A refusal, a bad body or an unknown type is answered with an error
 * and stores nothing. The envelope is written straight from the handler's result, without a JSON
 * tree in between. A command's answer is kept in the same transaction under the request's message
 * id (when the queue's context has a database), and the same message delivered again is answered
 * with it unread by the handler.
 */
final class RequestEndpoint implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(RequestEndpoint.class);
    private static final long REPLY_TIME_TO_LIVE_MILLIS = 60_000;
    private static final int REPLY_QUEUES_KEPT = 256;

    private final String queue;
    private final RequestRoutes routes;
    private final Transactions transactions;
    private final Optional<AnsweredRequests> answered;
    private final ObjectMapper json;
    private final Session session;
    private final MessageProducer replies;
    /**
     * The terminals' reply queues as first seen: a destination object new to a send costs a round
     * trip to the broker that asks whether it exists, and every request brings a new one.
     */
    private final Map<Destination, Destination> replyQueues = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Destination, Destination> eldest) {
            return size() > REPLY_QUEUES_KEPT;
        }
    };

    RequestEndpoint(String queue, RequestRoutes routes, Transactions transactions, Optional<AnsweredRequests> answered,
                    ObjectMapper json, Session session) throws JMSException {
        this.queue = queue;
        this.routes = routes;
        this.transactions = transactions;
        this.answered = answered;
        this.json = json;
        this.session = session;
        this.replies = session.createProducer(null);
        replies.setDeliveryMode(DeliveryMode.NON_PERSISTENT);
        replies.setTimeToLive(REPLY_TIME_TO_LIVE_MILLIS);
    }

    @Override
    public void onMessage(Message request) {
        long started = System.nanoTime();
        String type = null;
        try {
            type = request.getStringProperty(Headers.TYPE);
            MDC.put(Headers.ORDER_ID, request.getStringProperty(Headers.ORDER_ID));
            Destination replyTo = request.getJMSReplyTo();
            if (!answerableAt(replyTo)) {
                log.warn("{} on {} asked to be answered at {}, not a terminal's own reply queue; refused unread",
                        type, queue, replyTo);
                return;
            }
            Written reply = answer(type, request, replyTo);
            send(request, replyTo, reply.text());
            logAnswer(type, reply, started);
        } catch (JMSException | RuntimeException e) {
            log.error("{} on {} could not be answered", type, queue, e);
        } finally {
            MDC.remove(Headers.ORDER_ID);
        }
    }

    /** A refusal at INFO; an answer that went well at DEBUG, since the use case logs what it did. */
    private void logAnswer(String type, Written reply, long started) {
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (reply.isOk()) {
            log.debug("{} on {} answered ok in {} ms", type, queue, millis);
        } else {
            log.info("{} on {} answered {} in {} ms", type, queue, reply.code(), millis);
        }
    }

    private Written answer(String type, Message request, Destination replyTo) throws JMSException {
        var route = routes.route(type).orElse(null);
        if (route == null) {
            return written(type, Answer.error(ErrorCode.UNKNOWN_REQUEST, "no request of type " + type + " on " + queue,
                    null));
        }
        try {
            Object body = decode(route.bodyType(), request);
            Staff staff = route.admit().apply(request.getStringProperty(Headers.STAFF_PASS));
            if (route.kind() == Kind.OWN_TRANSACTIONS) {
                return written(type, Answer.ok(route.handle(body, staff, null)));
            }
            if (route.kind() == Kind.OWN_TRANSACTIONS_BY_ID) {
                RequestId id = new RequestId(messageIdOf(request), addressOf(replyTo));
                return written(type, Answer.ok(route.handle(body, staff, id)));
            }
            if (route.kind() == Kind.COMMAND && answered.isPresent()) {
                return once(type, messageIdOf(request), addressOf(replyTo),
                        () -> written(type, Answer.ok(route.handle(body, staff, null))));
            }
            return written(type, Answer.ok(transactions.inTransaction(() -> route.handle(body, staff, null))));
        } catch (Rejection rejection) {
            return written(type, refusal(rejection));
        } catch (ValueInstantiationException e) {
            return written(type, e.getCause() instanceof Rejection rejection ? refusal(rejection)
                    : Answer.error(ErrorCode.MISSING_FIELD, rootMessage(e), null));
        } catch (JsonProcessingException e) {
            return written(type, Answer.error(ErrorCode.MALFORMED_REQUEST, "body is not a valid " + type + ": "
                    + e.getOriginalMessage(), null));
        } catch (RuntimeException e) {
            log.error("{} on {} failed", type, queue, e);
            return written(type, internalError(type));
        }
    }

    /**
     * Handles a command and keeps its answer, or answers as before if it was handled already. The
     * context's transactions take turns, across servers too, so two never handle one request at once.
     */
    private Written once(String type, String messageId, String replyTo, Supplier<Written> handled) {
        AnsweredRequests book = answered.orElseThrow();
        return transactions.inTransaction(() -> book.earlier(queue, messageId)
                .map(earlier -> again(type, messageId, replyTo, earlier))
                .orElseGet(() -> {
                    Written reply = handled.get();
                    book.keep(queue, messageId, new AnsweredRequests.Answer(replyTo, reply.text()));
                    return reply;
                }));
    }

    /** A client may switch message ids off; a command without one could not be known when it comes again. */
    private static String messageIdOf(Message request) throws JMSException {
        String messageId = request.getJMSMessageID();
        if (messageId == null) {
            throw new Rejection(ErrorCode.MALFORMED_REQUEST,
                    "a command needs a message id: it is how the store knows one delivered again");
        }
        return messageId;
    }

    /** A request delivered again goes to the same reply queue; another reusing its id gets nothing of it. */
    private Written again(String type, String messageId, String replyTo, AnsweredRequests.Answer earlier) {
        if (!earlier.replyTo().equals(replyTo)) {
            throw new Rejection(ErrorCode.MALFORMED_REQUEST, "the message id " + messageId + " is another request's");
        }
        log.info("{} on {} delivered again ({}); answered as before, not carried out twice", type, queue, messageId);
        return Written.again(earlier.text());
    }

    /** The reply queue's address, as the message carries it (a destination's text is the client library's). */
    private static String addressOf(Destination replyTo) throws JMSException {
        if (replyTo instanceof Queue queue) {
            return "queue:" + queue.getQueueName();
        }
        return replyTo instanceof Topic topic ? "topic:" + topic.getTopicName() : "";
    }

    private Object decode(Class<?> bodyType, Message request) throws JMSException, JsonProcessingException {
        if (bodyType == Object.class) {
            return null;
        }
        String text = request instanceof TextMessage message ? message.getText() : null;
        if (text != null && text.length() > Headers.MAX_REQUEST_CHARS) {
            throw new Rejection(ErrorCode.REQUEST_TOO_LARGE, "the request is " + text.length()
                    + " characters long; the store reads at most " + Headers.MAX_REQUEST_CHARS);
        }
        Object body = text == null || text.isBlank() ? null : json.readValue(text, bodyType);
        if (body == null) {
            throw new Rejection(ErrorCode.MALFORMED_REQUEST, "the request has no JSON body");
        }
        return body;
    }

    private static Answer refusal(Rejection rejection) {
        return Answer.error(rejection.code(), rejection.getMessage(), rejection.details());
    }

    private static Answer internalError(String type) {
        return Answer.error(ErrorCode.INTERNAL_ERROR, "the store server could not handle " + type, null);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /**
     * Answers go only to a temporary queue that is not one of the store's own names: the services
     * may send anywhere, so a request naming a store address (the menu's events, the dead letters)
     * would otherwise have them publish there. No reply-to at all: the request is carried out, and
     * its answer dropped.
     */
    private static boolean answerableAt(Destination replyTo) throws JMSException {
        if (replyTo == null) {
            return true;
        }
        if (!(replyTo instanceof TemporaryQueue temporary)) {
            return false;
        }
        String name = temporary.getQueueName();
        return !name.startsWith("cafe.") && !name.startsWith("activemq.") && !name.equals("DLQ")
                && !name.equals("ExpiryQueue");
    }

    private void send(Message request, Destination replyTo, String reply) throws JMSException {
        if (replyTo == null) {
            log.warn("{} on {} had no reply-to; answer dropped", request.getStringProperty(Headers.TYPE), queue);
            return;
        }
        TextMessage message = session.createTextMessage(reply);
        String correlationId = request.getJMSCorrelationID();
        message.setJMSCorrelationID(correlationId != null ? correlationId : request.getJMSMessageID());
        replies.send(replyQueues.computeIfAbsent(replyTo, queue -> queue), message);
    }

    /** The answer as JSON; a result that cannot be written (a handler's bug) goes out as an internal error. */
    private Written written(String type, Answer reply) {
        try {
            return new Written(reply.code(), json.writeValueAsString(reply));
        } catch (JsonProcessingException e) {
            log.error("{} on {}: its answer cannot be written as JSON", type, queue, e);
            try {
                Answer error = internalError(type);
                return new Written(error.code(), json.writeValueAsString(error));
            } catch (JsonProcessingException impossible) {
                throw new IllegalStateException("cannot write an error reply", impossible);
            }
        }
    }

    /** The {@link Reply} envelope as it goes on the wire, its data still the handler's own object. */
    private record Answer(String status, String code, String message, Object data) {

        static Answer ok(Object data) {
            return new Answer(Reply.OK, null, null, data);
        }

        static Answer error(ErrorCode code, String message, Object details) {
            return new Answer(Reply.ERROR, code.name(), message, details);
        }
    }

    /** An answer as its text goes out; {@code code} is null when it went well. */
    private record Written(String code, String text) {

        /** A kept answer, given again (logged as one that went well, which nearly every kept answer is). */
        static Written again(String text) {
            return new Written(null, text);
        }

        boolean isOk() {
            return code == null;
        }
    }
}
