package cafe.core.platform.messaging;

import cafe.contract.wire.Addresses;
import cafe.core.platform.persistence.OutboxRecord;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.SendAcknowledgementHandler;
import org.apache.activemq.artemis.api.core.client.SessionFailureListener;
import org.apache.activemq.artemis.jms.client.ActiveMQSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link LiveSession} on Artemis: a connection whose every send the broker answers without the
 * sender waiting ({@link StoreBroker#openConfirmingConnection}), so a refusal reaches the session's
 * handler, and the session's failure listener hears a lost connection as it happens; the question
 * that confirms is an address query, which the broker answers only after every send before it on
 * the session and its answers to them.
 */
final class ArtemisLiveSession implements LiveSession {

    private static final Logger log = LoggerFactory.getLogger(ArtemisLiveSession.class);
    /** Any address the broker knows: the question only proves that the sends before it were answered. */
    private static final SimpleString ASKED_ABOUT = SimpleString.of(Addresses.BARISTA_FEED);

    private final String context;
    private final Connection connection;
    /** Why a copy went missing since the last question, if one did. */
    private final AtomicReference<String> whyLost = new AtomicReference<>();
    private Session session;
    private ClientSession coreSession;
    private MessageProducer producer;
    private Topics topics;

    /** @param connection from {@link StoreBroker#openConfirmingConnection}; closed with the session */
    ArtemisLiveSession(String context, Connection connection) throws JMSException {
        this.context = context;
        this.connection = connection;
        open();
    }

    @Override
    public void send(OutboxRecord row) throws JMSException {
        if (session == null) {
            throw new JMSException("no live session for " + context + " since the last failure");
        }
        producer.send(topics.of(Topology.liveAddressOf(row.address())), Envelope.liveMessage(session, row));
    }

    @Override
    public void confirm() {
        try {
            if (coreSession == null) {
                throw new IllegalStateException("no live session for " + context + " since the last failure");
            }
            coreSession.addressQuery(ASKED_ABOUT);
        } catch (ActiveMQException e) {
            throw new IllegalStateException("the broker did not confirm the live events of " + context, e);
        }
        String why = whyLost.getAndSet(null);
        if (why != null) {
            throw new IllegalStateException("live events of " + context + " went missing: " + why);
        }
    }

    @Override
    public boolean lostSome() {
        return whyLost.get() != null;
    }

    /**
     * A new session: the client keeps a refused send until its session ends, for a fail-over that
     * will not resend it. Without a connection there is none until the next renewal.
     */
    @Override
    public void renew() {
        closeSession();
        whyLost.set(null);
        try {
            open();
        } catch (JMSException | RuntimeException e) {
            log.debug("no new live session for {} yet: {}", context, e.toString());
            closeSession(); // made before the step that failed, or none
            session = null;
            coreSession = null;
        }
    }

    private void open() throws JMSException {
        session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        coreSession = ((ActiveMQSession) session).getCoreSession();
        coreSession.setSendAcknowledgementHandler(new SendAcknowledgementHandler() {
            @Override
            public void sendAcknowledged(Message message) {
                // the next question confirms the sends in order
            }

            @Override
            public void sendFailed(Message message, Exception refusal) {
                whyLost.compareAndSet(null, "the broker refused one: " + refusal.getMessage());
            }
        });
        coreSession.addFailureListener(new SessionFailureListener() {
            @Override
            public void beforeReconnect(ActiveMQException failure) {
                connectionFailed(failure, false);
            }

            @Override
            public void connectionFailed(ActiveMQException failure, boolean failedOver) {
                whyLost.compareAndSet(null, "the connection failed: " + failure.getMessage());
            }

            @Override
            public void connectionFailed(ActiveMQException failure, boolean failedOver, String scaleDownTarget) {
                connectionFailed(failure, failedOver);
            }
        });
        producer = session.createProducer(null);
        producer.setDeliveryMode(DeliveryMode.NON_PERSISTENT);
        topics = new Topics(session);
    }

    private void closeSession() {
        if (session == null) {
            return;
        }
        try {
            session.close();
        } catch (JMSException e) {
            log.debug("the failed live session of {} did not close: {}", context, e.toString());
        }
    }

    @Override
    public void close() throws JMSException {
        connection.close();
    }
}
