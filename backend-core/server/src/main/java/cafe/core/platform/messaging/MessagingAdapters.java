package cafe.core.platform.messaging;

import cafe.contract.wire.Selectors;
import cafe.core.platform.persistence.AnsweredRequests;
import cafe.core.platform.persistence.ServiceDatabase;
import cafe.core.shared.Transactions;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The services' side of the broker: one connection as the services user, a JMS session per
 * endpoint and per subscription (each calls its listener on one thread, in arrival order), and an
 * outbox relay per database. The broker may still be starting when this is made: the connection
 * opens at the first endpoint or subscription, so databases can open meanwhile.
 */
public final class MessagingAdapters implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MessagingAdapters.class);
    private static final Duration SWEEP_INTERVAL = Duration.ofSeconds(1);

    private final CompletableFuture<? extends StoreBroker> starting;
    private final ObjectMapper json;
    private final Clock clock;
    private final List<ServiceDatabase> databases = new ArrayList<>();
    private final List<OutboxRelay> relays = new ArrayList<>();
    private final List<DurableSubscription> subscriptions = new ArrayList<>();
    private final List<Connection> ownConnections = new ArrayList<>();
    private final List<EventBatches> batches = new ArrayList<>();
    private final StorageRetry storageRetry = new StorageRetry();

    private StoreBroker broker;
    private Connection connection;

    public MessagingAdapters(CompletableFuture<? extends StoreBroker> starting, ObjectMapper json, Clock clock) {
        this.starting = starting;
        this.json = json;
        this.clock = clock;
    }

    private synchronized Connection connection() {
        if (connection == null) {
            try {
                broker = starting.join();
                connection = broker.openServiceConnection();
            } catch (JMSException e) {
                throw new IllegalStateException("the services cannot connect to the broker", e);
            }
        }
        return connection;
    }

    /** Compacts the broker's journal: what consumers acknowledged leaves its files. */
    public void compactJournal() {
        broker().compactJournal();
    }

    private StoreBroker broker() {
        connection();
        return broker;
    }

    /** Answers a queue's requests in {@code transactions}; commands' answers are kept in {@code answered}, if given. */
    public void serve(String queue, Transactions transactions, Optional<AnsweredRequests> answered,
                      RequestRoutes routes) {
        broker().declareCommandQueue(queue);
        try {
            Session session = connection().createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue(queue));
            consumer.setMessageListener(new RequestEndpoint(queue, routes, transactions, answered, json, session));
        } catch (JMSException e) {
            throw new IllegalStateException("cannot serve " + queue, e);
        }
    }

    /**
     * One consumer, applying in batches what waits on the subscription (see {@link EventBatches}); one
     * event at a time where a handler opens its own transactions.
     */
    public void subscribe(DurableSubscription subscription, ServiceDatabase database, EventRoutes routes) {
        broker().declare(subscription);
        try {
            Session session = connection().createSession(true, Session.SESSION_TRANSACTED);
            MessageConsumer consumer = session.createConsumer(session.createQueue(subscription.fullyQualifiedName()));
            start(new EventBatches("subscriber-" + subscription.queue(), consumer,
                    subscriber(subscription, database, routes, session),
                    routes.anyOwnTransactions() ? 1 : EventBatches.MOST));
            subscriptions.add(subscription);
        } catch (JMSException e) {
            throw new IllegalStateException("cannot subscribe " + subscription.queue(), e);
        }
    }

    /**
     * Applies the live copies of the events on {@code address} as they come, in batches like a
     * subscription's, without a durable queue or a record of what was applied (see {@link LiveFollower}).
     * Not where other servers share the database: each would apply every copy, in turns.
     */
    public void followLive(String address, ServiceDatabase database, EventRoutes routes) {
        if (database.outboxStore().sharedWithOtherServers()) {
            log.info("{} does not follow {} live: other servers share its database, its durable copies do",
                    database.context(), address);
            return;
        }
        try {
            Session session = connection().createSession(false, Session.AUTO_ACKNOWLEDGE);
            // only the types it applies: the broker sends it no copy it would read and drop
            MessageConsumer consumer = session.createConsumer(session.createTopic(address),
                    Selectors.typeIs(routes.types()));
            start(new EventBatches("live-" + database.context() + "-" + address, consumer,
                    new LiveFollower(address, routes, database.transactions(), json), EventBatches.MOST));
        } catch (JMSException e) {
            throw new IllegalStateException("cannot follow " + address + " live", e);
        }
    }

    private void start(EventBatches feed) {
        batches.add(feed);
        feed.start();
    }

    /** Like {@link #subscribe}, with {@code consumers} listeners that may wait on something slow. */
    public void subscribe(DurableSubscription subscription, ServiceDatabase database, EventRoutes routes,
                          int consumers) {
        broker().declare(subscription);
        try {
            Connection own = broker().openServiceConnection(consumers);
            ownConnections.add(own);
            for (int i = 0; i < consumers; i++) {
                listen(own, subscription, database, routes);
            }
            subscriptions.add(subscription);
        } catch (JMSException e) {
            throw new IllegalStateException("cannot subscribe " + subscription.queue(), e);
        }
    }

    private void listen(Connection on, DurableSubscription subscription, ServiceDatabase database,
                        EventRoutes routes) throws JMSException {
        Session session = on.createSession(true, Session.SESSION_TRANSACTED);
        MessageConsumer consumer = session.createConsumer(session.createQueue(subscription.fullyQualifiedName()));
        consumer.setMessageListener(subscriber(subscription, database, routes, session));
    }

    private EventSubscriber subscriber(DurableSubscription subscription, ServiceDatabase database, EventRoutes routes,
                                       Session session) {
        return new EventSubscriber(subscription, routes, database, json, session, storageRetry);
    }

    /** Hands every message on the subscription, whatever its type, to the handler in the database's transaction. */
    public void receiveLetters(DurableSubscription subscription, ServiceDatabase database, Consumer<Letter> handler) {
        broker().declare(subscription);
        try {
            Session session = connection().createSession(true, Session.SESSION_TRANSACTED);
            session.createConsumer(session.createQueue(subscription.fullyQualifiedName())).setMessageListener(
                    new LetterSubscriber(subscription, database, handler, session, storageRetry));
            subscriptions.add(subscription);
        } catch (JMSException e) {
            throw new IllegalStateException("cannot receive letters on " + subscription.queue(), e);
        }
    }

    /** Sends kept letters back to the queues they failed on, on the services' connection. */
    public LetterReturns letterReturns() {
        try {
            Connection own = broker().openServiceConnection();
            ownConnections.add(own);
            return new LetterReturns(own);
        } catch (JMSException e) {
            throw new IllegalStateException("cannot open the connection that returns letters", e);
        }
    }

    /** Relays the database's outbox once {@link #startRelays()} is called. */
    public void relay(ServiceDatabase database) {
        databases.add(database);
    }

    public void startRelays() {
        for (ServiceDatabase database : databases) {
            try {
                OutboxRelay relay = new OutboxRelay(database, connection(), broker().openConfirmingConnection(), clock,
                        SWEEP_INTERVAL);
                relays.add(relay);
                relay.start();
            } catch (JMSException e) {
                throw new IllegalStateException("cannot relay the outbox of " + database.context(), e);
            }
        }
    }

    /** True when every outbox is relayed and every subscription has applied all it received. */
    public boolean settled() {
        return relays.stream().allMatch(OutboxRelay::drained)
                && subscriptions.stream().allMatch(s -> broker().depth(s.queue()) == 0);
    }

    @Override
    public synchronized void close() {
        if (connection == null) {
            return;
        }
        storageRetry.stop();
        batches.forEach(EventBatches::stop);
        batches.forEach(EventBatches::close);
        try {
            connection.stop();
        } catch (JMSException e) {
            log.warn("services connection did not stop cleanly", e);
        }
        relays.forEach(OutboxRelay::close);
        ownConnections.forEach(MessagingAdapters::closeQuietly);
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (JMSException e) {
            log.warn("services connection did not close cleanly", e);
        }
    }
}
