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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.FailoverEventListener;
import org.apache.activemq.artemis.api.core.client.SendAcknowledgementHandler;
import org.apache.activemq.artemis.jms.client.ActiveMQConnection;
import org.apache.activemq.artemis.jms.client.ActiveMQSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live copies of one context's events, for the terminals that follow them
 * ({@link Topology#liveAddressOf}): non-persistent and without duplicate ids, so the broker writes
 * nothing to its journal for them, on a connection of their own whose every send the broker
 * answers, without the sender waiting ({@link StoreBroker#openConfirmingConnection}).
 * <p>
 * A commit queues its rows while it holds the database's turn, so they queue in the order of
 * commits; once the turn is given back, the committing thread sends what is queued, unless another
 * thread is sending, which then sends these too. So a screen waits for no other thread, and the
 * thread that committed (a barista's tap) does not wait for the broker.
 * <p>
 * The relay, before it publishes a batch, sends the batch's copies not sent yet and then asks the
 * broker a question on the same session, which it answers only after every send before it, and
 * after its answers to them: only then are the batch's rows marked published. A send that fails or
 * is refused, a question unanswered or the connection's fail-over makes every copy not yet published
 * owed: committing threads then leave their rows queued and the relay sends every owed copy, oldest
 * first, until it has caught up (as at start, for rows from before it), so terminals still hear a
 * context's events in the order they were written.
 */
final class LiveCopies implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveCopies.class);
    /** Any address the broker knows: the question only proves that the sends before it were answered. */
    private static final SimpleString ASKED_ABOUT = SimpleString.of(Addresses.BARISTA_FEED);

    private final String context;
    private final Connection connection;
    private final Session session;
    private final ClientSession coreSession;
    private final MessageProducer producer;
    private final Map<String, Topic> topics = new HashMap<>();
    private final Queue<OutboxRecord> queued = new ConcurrentLinkedQueue<>();
    private final ReentrantLock sending = new ReentrantLock();
    /** Rows (followed live or not) whose copies went to the broker and are not yet marked published, by seq. */
    private final Set<Long> sent = ConcurrentHashMap.newKeySet();
    /** The newest row whose copy went, by seq: a queued row up to it went with the relay's batch. */
    private long newestSent;
    /** Why copies went missing since the relay last confirmed, if they did: the broker's refusal or a fail-over. */
    private final AtomicReference<String> missing = new AtomicReference<>();
    /** While true, only the relay sends, oldest first; guarded by {@link #sending}. */
    private volatile boolean owing = true;
    private volatile boolean closed;

    /** @param connection a connection of the live copies' own, from {@link StoreBroker#openConfirmingConnection} */
    LiveCopies(String context, Connection connection) throws JMSException {
        this.context = context;
        this.connection = connection;
        ActiveMQConnection artemis = (ActiveMQConnection) connection;
        FailoverEventListener previous = artemis.getFailoverListener();
        artemis.setFailoverListener(event -> {
            missing.compareAndSet(null, "the connection failed over (" + event + ")");
            if (previous != null) {
                previous.failoverEvent(event);
            }
        });
        this.session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        this.coreSession = ((ActiveMQSession) session).getCoreSession();
        coreSession.setSendAcknowledgementHandler(new SendAcknowledgementHandler() {
            @Override
            public void sendAcknowledged(Message message) {
                // the relay's question confirms the sends in order; nothing to do per message
            }

            @Override
            public void sendFailed(Message message, Exception refusal) {
                missing.compareAndSet(null, "the broker refused one: " + refusal.getMessage());
            }
        });
        this.producer = session.createProducer(null);
        producer.setDeliveryMode(DeliveryMode.NON_PERSISTENT);
    }

    /** Queues a commit's rows; call while holding the database's turn. */
    void queue(List<OutboxRecord> rows) {
        queued.addAll(rows);
    }

    /** After a commit, on its thread: sends the queued copies, unless another thread is sending or copies are owed. */
    void sendQueued() {
        while (!owing && !closed && !queued.isEmpty() && sending.tryLock()) {
            try {
                if (!owing) {
                    sendQueuedNow();
                }
            } catch (IllegalStateException e) {
                owe(e);
            } finally {
                sending.unlock();
            }
        }
    }

    /**
     * For the relay, before it publishes {@code due} (in the order written): sends the copies of it
     * not sent yet, after what commits queued if nothing is owed, and, if {@code due} has any row
     * followed live, waits until the broker has answered every send so far. Throws if it cannot;
     * every copy not yet published is then owed.
     */
    void sendOwed(List<OutboxRecord> due) {
        sending.lock();
        try {
            if (!owing) {
                sendQueuedNow();
            }
            send(due.stream().filter(row -> !sent.contains(row.seq())).toList());
            if (due.stream().anyMatch(LiveCopies::followedLive)) {
                confirm();
            }
        } catch (IllegalStateException e) {
            owe(e);
            throw e;
        } finally {
            sending.unlock();
        }
        sendQueued();
    }

    /**
     * For the relay, once it has published every row due (none waits for a retry): rows queued since
     * are newer than all of them, so committing threads may send again.
     */
    void caughtUp() {
        sending.lock();
        try {
            if (owing && !closed) {
                sendQueuedNow();
                owing = false;
                log.info("live events of {} go out at their commits again", context);
            }
        } catch (IllegalStateException e) {
            owe(e);
        } finally {
            sending.unlock();
        }
        sendQueued();
    }

    /** The relay marked these rows published: they will not be read again. */
    void published(List<Long> seqs) {
        seqs.forEach(sent::remove);
    }

    private void sendQueuedNow() {
        List<OutboxRecord> rows = new ArrayList<>();
        for (OutboxRecord row; (row = queued.poll()) != null; ) {
            if (row.seq() > newestSent) {
                rows.add(row);
            }
        }
        send(rows);
    }

    /** Sends the rows' copies, oldest first. */
    private void send(List<OutboxRecord> rows) {
        if (closed) {
            throw new IllegalStateException(context + " is stopping: its live events go at its next start");
        }
        List<OutboxRecord> unsent = rows.stream().sorted(Comparator.comparingLong(OutboxRecord::seq)).toList();
        try {
            for (OutboxRecord row : unsent) {
                if (followedLive(row)) {
                    producer.send(topic(Topology.liveAddressOf(row.address())), Envelope.liveMessage(session, row));
                }
                sent.add(row.seq());
                newestSent = Math.max(newestSent, row.seq());
            }
        } catch (JMSException | RuntimeException e) {
            throw new IllegalStateException("live events of orders "
                    + unsent.stream().map(OutboxRecord::orderId).distinct().toList() + " from " + context
                    + " did not all go", e);
        }
    }

    private static boolean followedLive(OutboxRecord row) {
        return Topology.liveAddressOf(row.address()) != null;
    }

    private void confirm() {
        try {
            coreSession.addressQuery(ASKED_ABOUT);
        } catch (ActiveMQException | RuntimeException e) {
            throw new IllegalStateException("the broker did not confirm the live events of " + context, e);
        }
        String why = missing.getAndSet(null);
        if (why != null) {
            throw new IllegalStateException("live events of " + context + " went missing: " + why);
        }
    }

    /** Every copy not yet published goes again, oldest first, from the relay. */
    private void owe(IllegalStateException cause) {
        sent.clear();
        missing.set(null);
        if (!owing) {
            owing = true;
            log.warn("{}; the relay sends them again", cause.getMessage(), cause.getCause());
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

    /** Closes the connection at once: a send waiting on the broker then fails instead of holding up the stop. */
    @Override
    public void close() throws JMSException {
        closed = true;
        connection.close();
    }
}
