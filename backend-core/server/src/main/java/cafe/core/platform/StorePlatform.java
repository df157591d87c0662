package cafe.core.platform;

import cafe.core.platform.messaging.DurableSubscription;
import cafe.core.platform.messaging.EventRoutes;
import cafe.core.platform.messaging.Letter;
import cafe.core.platform.messaging.LetterReturns;
import cafe.core.platform.messaging.MessagingAdapters;
import cafe.core.platform.messaging.RequestRoutes;
import cafe.core.platform.messaging.StoreBroker;
import cafe.core.platform.messaging.Topology;
import cafe.core.platform.persistence.DatabaseSettings;
import cafe.core.platform.persistence.DatabaseUpkeep;
import cafe.core.platform.persistence.Retention;
import cafe.core.platform.persistence.ServiceDatabase;
import cafe.core.platform.persistence.StoreDatabases;
import cafe.core.platform.persistence.WritersOnHold;
import cafe.core.platform.security.StaffPasses;
import cafe.core.shared.Transactions;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every context wires itself with: its own database, request endpoints on its command and
 * query queues, idempotent subscriptions to other contexts' events, and an outbox relay. Relays
 * start only in {@link #open()}, once every context has declared its subscriptions, so no event
 * published at start-up misses a queue. Every database is trimmed as its {@link Retention} says.
 * Closing stops everything in reverse order.
 */
public final class StorePlatform implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StorePlatform.class);

    private static final long SETTLE_POLL_NANOS = 5_000_000;
    private static final Transactions WITHOUT_DATABASE = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };

    private final Path dataDir;
    private final StoreDatabases storeDatabases;
    private final Clock clock;
    private final ObjectMapper json;
    private final MessagingAdapters messaging;
    private final Retention retention;
    private final List<ServiceDatabase> databases = new ArrayList<>();
    private final CompletableFuture<String> storageLost = new CompletableFuture<>();
    private final Deque<AutoCloseable> opened = new ArrayDeque<>();
    private StaffPasses staffPasses;

    public StorePlatform(StoreBroker broker, Path dataDir, Clock clock, ObjectMapper json) {
        this(CompletableFuture.completedFuture(broker), dataDir, DatabaseSettings.sqliteFiles().databases(dataDir),
                clock, json, Retention.standard());
    }

    /**
     * A platform whose broker is still starting (on another thread): contexts open their databases
     * meanwhile and wait for the broker at their first endpoint or subscription. The contexts'
     * databases are among {@code databases}; the rest of the store's files are in {@code dataDir}.
     */
    public StorePlatform(CompletableFuture<? extends StoreBroker> startingBroker, Path dataDir,
                         StoreDatabases databases, Clock clock, ObjectMapper json, Retention retention) {
        this.dataDir = dataDir;
        this.storeDatabases = databases;
        this.clock = clock;
        this.json = json;
        this.retention = retention;
        this.messaging = new MessagingAdapters(startingBroker, json, clock);
    }

    /** Opens the context's database ({@code <dataDir>/<context>.db}, or its schema) and prepares its outbox relay. */
    public ServiceDatabase database(String context, Collection<Class<?>> entityClasses) {
        ServiceDatabase database = ServiceDatabase.open(storeDatabases, context, entityClasses, json, clock);
        opened.push(database);
        databases.add(database);
        database.durabilityLost().thenAccept(storageLost::complete);
        messaging.relay(database);
        return database;
    }

    /** Completes, saying why, when the first of the contexts' databases can no longer make its commits durable. */
    public CompletionStage<String> storageLost() {
        return storageLost.minimalCompletionStage();
    }

    /**
     * Answers the requests on an anycast queue with the context's use cases, in its transactions; a
     * command's answer is kept with its effect, so the same request delivered again is not carried out twice.
     */
    public void serve(String queue, ServiceDatabase database, RequestRoutes routes) {
        messaging.serve(queue, database.transactions(), Optional.of(database.answeredRequests()), routes);
    }

    /** Answers the requests on an anycast queue with handlers that keep no database (pairing). */
    public void serve(String queue, RequestRoutes routes) {
        messaging.serve(queue, WITHOUT_DATABASE, Optional.empty(), routes);
    }

    /** Declares the durable subscription and applies its events once each, in the context's transactions. */
    public void subscribe(DurableSubscription subscription, ServiceDatabase database, EventRoutes routes) {
        messaging.subscribe(subscription, database, routes);
    }

    /**
     * Applies the live copies of the events on {@code address} (its {@link Topology} live address) as
     * soon as they come, in the context's transactions, besides a durable subscription to the same
     * events: for a screen that must not wait for the durable copy. The handlers must take the
     * durable copy afterwards as news they already have. Where other servers share the database,
     * the durable copies alone are applied.
     */
    public void followLive(String address, ServiceDatabase database, EventRoutes routes) {
        messaging.followLive(address, database, routes);
    }

    /**
     * Like {@link #subscribe}, with {@code consumers} applying events at once, for handlers that
     * wait on something outside the store; one order's events still reach one consumer in order
     * unless the subscription is round-robin.
     */
    public void subscribe(DurableSubscription subscription, ServiceDatabase database, EventRoutes routes,
                          int consumers) {
        messaging.subscribe(subscription, database, routes, consumers);
    }

    /**
     * Runs the context's chore on a thread of its own every {@code interval}, first after one interval,
     * until the platform closes, whenever this server is on duty for the context's database (always,
     * unless other servers share it); a failure is logged and the next run comes as planned.
     */
    public void every(String name, Duration interval, ServiceDatabase database, Runnable task) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                if (database.onDuty()) {
                    task.run();
                }
            } catch (RuntimeException e) {
                log.warn("{} failed; trying again in {} s", name, interval.toSeconds(), e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        opened.push(scheduler::shutdownNow);
    }

    /** Hands every message the broker gave up on (dead or expired) to the handler, whatever its type. */
    public void receiveLetters(DurableSubscription subscription, ServiceDatabase database, Consumer<Letter> handler) {
        messaging.receiveLetters(subscription, database, handler);
    }

    /** Sends a kept letter back to the queue it failed on (the dead-letter office's retry). */
    public LetterReturns letterReturns() {
        return messaging.letterReturns();
    }

    /** Starts relaying every context's outbox and trimming every database; call once all contexts are wired. */
    public void open() {
        messaging.startRelays();
        DatabaseUpkeep upkeep = new DatabaseUpkeep(databases, retention, clock, messaging::compactJournal);
        opened.push(upkeep);
        upkeep.start();
    }

    /**
     * Like {@link #open()}, then waits (at most {@code settleWithin}) until what the contexts
     * published at start has been applied, so the first request finds every replica fresh.
     */
    public void open(Duration settleWithin) {
        open();
        long deadline = System.nanoTime() + settleWithin.toNanos();
        while (!messaging.settled()) {
            if (System.nanoTime() > deadline) {
                log.warn("services still busy with start-up events after {} ms", settleWithin.toMillis());
                return;
            }
            LockSupport.parkNanos(SETTLE_POLL_NANOS);
        }
    }

    /** Holds every context's database still (for a backup): nothing commits until the hold is closed. */
    public WritersOnHold holdWriters() throws InterruptedException {
        return WritersOnHold.hold(databases);
    }

    /** The signer of staff passes, with this store's key. */
    public synchronized StaffPasses staffPasses() {
        if (staffPasses == null) {
            staffPasses = StaffPasses.open(dataDir, clock);
        }
        return staffPasses;
    }

    public Clock clock() {
        return clock;
    }

    public ObjectMapper json() {
        return json;
    }

    @Override
    public void close() {
        messaging.close();
        while (!opened.isEmpty()) {
            try {
                opened.pop().close();
            } catch (Exception e) {
                log.warn("a service database did not close cleanly", e);
            }
        }
    }
}
