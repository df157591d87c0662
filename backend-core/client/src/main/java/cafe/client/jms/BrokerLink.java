package cafe.client.jms;

import cafe.client.CafeException;
import cafe.client.ConnectionState;
import cafe.client.TerminalConfig;
import cafe.contract.wire.ErrorCode;
import cafe.contract.wire.Headers;
import jakarta.jms.DeliveryMode;
import jakarta.jms.InvalidDestinationRuntimeException;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.JMSSecurityRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TemporaryQueue;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal's one JMS connection to the broker, kept up for as long as the terminal runs:
 * it connects with back-off, notices a loss (the connection's exception listener, or a send
 * that fails), drops everything tied to the dead connection and connects again. Everything here
 * runs on the link thread, which is the only thread that touches JMS objects (see package doc).
 */
final class BrokerLink {

    private static final Logger log = LoggerFactory.getLogger(BrokerLink.class);

    private final ActiveMQConnectionFactory factory;
    private final String terminal;
    private final LinkThread link;
    private final ConnectionStates states;
    private final PendingRequests pending;
    private final EventFeeds feeds;
    private final Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(5));

    // link thread only
    private OpenConnection current;
    private int generation;
    private boolean unreachableLogged;
    private boolean closed;

    /**
     * What lives and dies with one JMS connection. Artemis closes a connection only when its last
     * context is closed, so the reply session is closed with it. The request queues are kept: a
     * queue object new to a send costs a round trip to the broker that asks whether it exists.
     */
    private record OpenConnection(int generation, JMSContext connection, JMSContext replies,
                                  TemporaryQueue replyQueue, Map<String, Queue> queues) {

        Queue queue(String address) {
            return queues.computeIfAbsent(address, connection::createQueue);
        }
    }

    BrokerLink(TerminalConfig config, LinkThread link, ConnectionStates states,
               PendingRequests pending, EventFeeds feeds) {
        this.factory = BrokerSettings.factoryFor(config);
        this.terminal = config.user() + "@" + config.brokerUrl();
        this.link = link;
        this.states = states;
        this.pending = pending;
        this.feeds = feeds;
    }

    void start() {
        link.run(this::attempt);
    }

    /** Any thread: sends the request on the link thread, or fails it if that is impossible. */
    void send(OutgoingRequest<?> request) {
        if (!link.run(() -> sendNow(request))) {
            pending.fail(request.correlationId(), Failures.closed());
        }
    }

    /** Any thread: drops the connection for good; the link thread finishes it. */
    void close() {
        link.run(() -> {
            closed = true;
            tearDown();
            factory.close();
        });
    }

    private void attempt() {
        if (closed) {
            return;
        }
        try {
            current = open(++generation);
            feeds.attach(current.connection());
        } catch (RuntimeException e) {
            // whatever went wrong, this attempt is over and the next one must still come
            tearDown();
            retryLater(e);
            return;
        }
        backoff.reset();
        unreachableLogged = false;
        if (!feeds.connectedIfAllOpen(false)) {
            log.info("{} is connected; it says so once it follows every event it asked for", terminal);
        }
    }

    private OpenConnection open(int number) {
        JMSContext connection = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
        JMSContext replies = null;
        try {
            connection.setExceptionListener(failure -> link.run(() -> lost(number, failure)));
            // replies get a session of their own, so the sending session never has a listener
            replies = connection.createContext(BrokerSettings.LISTENING);
            TemporaryQueue replyQueue = replies.createTemporaryQueue();
            replies.createConsumer(replyQueue).setMessageListener(this::onReply);
            return new OpenConnection(number, connection, replies, replyQueue, new HashMap<>());
        } catch (JMSRuntimeException e) {
            if (replies != null) {
                closeQuietly(replies);
            }
            closeQuietly(connection);
            throw e;
        }
    }

    private void retryLater(RuntimeException cause) {
        Duration pause = backoff.next();
        if (unreachableLogged) {
            log.debug("{} still cannot connect ({}); next try in {} ms", terminal, cause.getMessage(),
                    pause.toMillis());
        } else {
            log.warn("{} cannot connect ({}); trying again with back-off", terminal, cause.getMessage());
            unreachableLogged = true;
        }
        link.runAfter(pause, this::attempt);
    }

    private void lost(int number, Exception cause) {
        if (closed || current == null || current.generation() != number) {
            return;
        }
        log.warn("{} lost the connection: {}", terminal, cause.getMessage());
        tearDown();
        pending.failAll(Failures.lost());
        states.moveTo(ConnectionState.RECONNECTING);
        link.runAfter(backoff.next(), this::attempt);
    }

    private void tearDown() {
        feeds.detach();
        if (current != null) {
            closeQuietly(current.replies());
            closeQuietly(current.connection());
            current = null;
        }
    }

    private void sendNow(OutgoingRequest<?> request) {
        if (request.reply().isDone()) {
            return;
        }
        if (current == null) {
            pending.fail(request.correlationId(), Failures.notConnected());
            return;
        }
        try {
            producerFor(request).send(current.queue(request.address()), request.body().json());
        } catch (JMSSecurityRuntimeException e) {
            pending.fail(request.correlationId(), new CafeException(ErrorCode.FORBIDDEN,
                    "This terminal may not send " + request.type()));
        } catch (InvalidDestinationRuntimeException e) {
            log.error("{} failed: the broker has no such address", request, e);
            pending.fail(request.correlationId(), new CafeException(ErrorCode.INTERNAL_ERROR,
                    "The store server does not serve " + request.address()));
        } catch (RuntimeException e) {
            if (Failures.isStoreFull(e)) {
                log.warn("{} refused: {}", request, e.getMessage());
                pending.fail(request.correlationId(), Failures.storeFull());
                return;
            }
            pending.fail(request.correlationId(), Failures.lost());
            lost(current.generation(), e);
        }
    }

    private JMSProducer producerFor(OutgoingRequest<?> request) {
        JMSProducer producer = current.connection().createProducer()
                .setDeliveryMode(DeliveryMode.NON_PERSISTENT)
                .setJMSCorrelationID(request.correlationId())
                .setJMSReplyTo(current.replyQueue())
                .setProperty(Headers.TYPE, request.type())
                .setProperty(Headers.SCHEMA_VERSION, Headers.CURRENT_SCHEMA_VERSION);
        if (request.staffPass() != null) {
            producer.setProperty(Headers.STAFF_PASS, request.staffPass());
        }
        return request.orderId() == null ? producer : producer.setProperty(Headers.ORDER_ID, request.orderId());
    }

    /** A JMS delivery thread: hands the reply over; decoding happens on the callback pool. */
    private void onReply(Message message) {
        try {
            pending.replied(message.getJMSCorrelationID(), message.getBody(String.class));
        } catch (JMSException e) {
            log.error("{} dropped an unreadable reply", terminal, e);
        } catch (RuntimeException e) {
            // thrown on, it would make the session drop every reply it holds, each pre-acknowledged
            log.warn("{} dropped a reply: {}", terminal, e.toString());
        }
    }

    private void closeQuietly(JMSContext connection) {
        try {
            connection.close();
        } catch (JMSRuntimeException e) {
            log.debug("{} closing a dead connection failed", terminal, e);
        }
    }
}
