package cafe.core.platform.messaging;

import cafe.contract.wire.Addresses;
import cafe.core.platform.persistence.OutboxRecord;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.Topic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.FailoverEventListener;
import org.apache.activemq.artemis.api.core.client.FailoverEventType;
import org.apache.activemq.artemis.jms.client.ActiveMQConnection;
import org.apache.activemq.artemis.jms.client.ActiveMQSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live copies of one context's events, for the terminals that follow them
 * ({@link Topology#liveAddressOf}): non-persistent and without duplicate ids, so the broker writes
 * nothing to its journal for them, on a connection of their own.
 * <p>
 * A commit queues its rows while it holds the database's turn, so they queue in the order of
 * commits; once the turn is given back, the committing thread sends what is queued, unless another
 * thread is sending, which then sends these too. The sends do not wait for the broker: a screen
 * waits for no other thread, and the thread that committed (a barista's tap) is not held up.
 * <p>
 * The relay, before each batch, sends the copies still owed (rows from before the server started,
 * or left by a failed send) and then asks the broker a question on the same session: the broker
 * answers only after it has taken every send before it. Only then does the relay mark rows
 * published. A send that fails, a question unanswered or a lost connection (heard from the
 * connection's fail-over events) makes every copy not yet confirmed owed again, so the relay sends
 * it again; terminals ignore a version they already have. Each row goes live once while all goes well.
 */
final class LiveCopies implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveCopies.class);
    /** Any address the broker knows: the question only proves that the sends before it were taken. */
    private static final SimpleString ASKED_ABOUT = SimpleString.of(Addresses.BARISTA_FEED);

    private final String context;
    private final Connection connection;
    private final Session session;
    private final ClientSession sameSession;
    private final MessageProducer producer;
    private final Map<String, Topic> topics = new HashMap<>();
    private final Queue<OutboxRecord> queued = new ConcurrentLinkedQueue<>();
    private final ReentrantLock sending = new ReentrantLock();
    /** Rows whose copies went to the broker and that the relay has not yet marked published, by seq. */
    private final Set<Long> sent = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean connectionLost = new AtomicBoolean();
    private boolean closed;

    /** @param connection a connection of the live copies' own; closed with them */
    LiveCopies(String context, Connection connection) throws JMSException {
        this.context = context;
        this.connection = connection;
        ActiveMQConnection artemis = (ActiveMQConnection) connection;
        FailoverEventListener logged = artemis.getFailoverListener();
        artemis.setFailoverListener(event -> {
            if (event == FailoverEventType.FAILURE_DETECTED) {
                connectionLost.set(true);
            }
            if (logged != null) {
                logged.failoverEvent(event);
            }
        });
        this.session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        this.sameSession = ((ActiveMQSession) session).getCoreSession();
        this.producer = session.createProducer(null);
        producer.setDeliveryMode(DeliveryMode.NON_PERSISTENT);
    }

    /** Queues a commit's rows; call while holding the database's turn. */
    void committed(List<OutboxRecord> rows) {
        queued.addAll(rows);
    }

    /**
     * Sends the queued copies, unless another thread is sending (it then sends them). A failure is
     * logged and leaves the copies owed, for the relay.
     */
    void sendQueued() {
        do {
            if (!sending.tryLock()) {
                return;
            }
            try {
                if (closed) {
                    return;
                }
                sendQueuedNow();
            } catch (IllegalStateException e) {
                log.warn("{}; the relay sends them", e.getMessage(), e.getCause());
            } finally {
                sending.unlock();
            }
        } while (!queued.isEmpty());
    }

    /**
     * For the relay, before it publishes {@code due}: sends whatever commits queued and every copy
     * still owed among {@code due}, then, if {@code due} has any, waits until the broker has taken
     * them all. Throws if it cannot; the copies not confirmed are owed again.
     */
    void sendOwed(List<OutboxRecord> due) {
        sending.lock();
        try {
            sendQueuedNow();
            send(due.stream().filter(row -> !sent.contains(row.seq())).toList());
            if (due.stream().anyMatch(LiveCopies::followedLive)) {
                confirm();
            }
        } finally {
            sending.unlock();
        }
    }

    /** The relay marked these rows published: they will not be read again. */
    void published(List<Long> seqs) {
        seqs.forEach(sent::remove);
    }

    private void sendQueuedNow() {
        List<OutboxRecord> rows = new ArrayList<>();
        for (OutboxRecord row; (row = queued.poll()) != null; ) {
            rows.add(row);
        }
        send(rows);
    }

    private void send(List<OutboxRecord> rows) {
        if (closed) {
            throw new IllegalStateException(context + " is stopping: its live events wait for its next start");
        }
        try {
            for (OutboxRecord row : rows) {
                if (followedLive(row)) {
                    producer.send(topic(Topology.liveAddressOf(row.address())), Envelope.liveMessage(session, row));
                }
                sent.add(row.seq());
            }
        } catch (JMSException | RuntimeException e) {
            sent.clear();
            throw new IllegalStateException("the broker took no live events of orders "
                    + rows.stream().map(OutboxRecord::orderId).distinct().toList() + " from " + context, e);
        }
    }

    private static boolean followedLive(OutboxRecord row) {
        return Topology.liveAddressOf(row.address()) != null;
    }

    private void confirm() {
        try {
            sameSession.addressQuery(ASKED_ABOUT);
        } catch (ActiveMQException | RuntimeException e) {
            sent.clear();
            throw new IllegalStateException("the broker did not confirm the live events of " + context, e);
        }
        if (connectionLost.getAndSet(false)) {
            sent.clear();
            throw new IllegalStateException("the connection of " + context + "'s live events was lost: they go again");
        }
    }

    private Topic topic(String address) throws JMSException {
        Topic topic = topics.get(address);
        if (topic == null) {
            topic = session.createTopic(address);
            topics.put(address, topic);
        }
        return topic;
    }

    @Override
    public void close() throws JMSException {
        sending.lock();
        try {
            closed = true;
            connection.close();
        } finally {
            sending.unlock();
        }
    }
}
