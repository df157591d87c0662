package cafe.core.platform.persistence;

import cafe.core.shared.EventOutbox;
import cafe.core.shared.StorageUnavailable;
import cafe.core.shared.Transactions;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

/**
 * One context's own database (database per service): by default the SQLite file
 * {@code <dataDir>/<context>.db}, or its schema in PostgreSQL ({@link StoreDatabases}); its schema
 * owned by the SQL migrations in {@code db/shared/} and {@code db/<context>/}, mapped by Hibernate
 * with the context's entity classes plus the shared outbox and ledger.
 */
public final class ServiceDatabase implements AutoCloseable {

    private static final String SHARED_MIGRATIONS = "shared";

    private final String context;
    private final StoreDatabases databases;
    private final SessionFactory sessionFactory;
    private final HibernateTransactions transactions;
    private final HibernateEventOutbox outbox;
    private final OutboxStore outboxStore;
    private final Optional<RelayLease> relayLease;
    private final DurableCommits durableCommits;
    private final ProcessedMessages processedMessages;
    private final AnsweredRequests answeredRequests;
    private final CompletableFuture<String> durabilityLost = new CompletableFuture<>();

    private ServiceDatabase(String context, StoreDatabases databases, SessionFactory sessionFactory,
                            ObjectMapper json, Clock clock) {
        this.context = context;
        this.databases = databases;
        this.sessionFactory = sessionFactory;
        Optional<ServerTurns> serverTurns = databases.serverTurns(context);
        this.transactions = new HibernateTransactions(context, sessionFactory, serverTurns);
        this.outbox = new HibernateEventOutbox(transactions, json, clock);
        this.relayLease = serverTurns.map(turns -> new RelayLease(databases, turns));
        this.outboxStore = new OutboxStore(transactions, relayLease);
        this.processedMessages = new ProcessedMessages(transactions, clock);
        this.answeredRequests = new AnsweredRequests(transactions, clock);
        this.durableCommits = new DurableCommits(transactions::commits, () -> databases.makeDurable(context));
    }

    /** Opens (creating and migrating if needed) the SQLite database of {@code context} under {@code dataDir}. */
    public static ServiceDatabase open(Path dataDir, String context, Collection<Class<?>> entityClasses,
                                       ObjectMapper json, Clock clock) {
        return open(DatabaseSettings.sqliteFiles().databases(dataDir), context, entityClasses, json, clock);
    }

    /** Opens (creating and migrating if needed) the database of {@code context} among the store's {@code databases}. */
    public static ServiceDatabase open(StoreDatabases databases, String context, Collection<Class<?>> entityClasses,
                                       ObjectMapper json, Clock clock) {
        databases.create(context);
        SchemaMigrations migrations = new SchemaMigrations(databases, context, clock);
        migrations.apply(SHARED_MIGRATIONS);
        migrations.apply(context);
        ServiceDatabase database = new ServiceDatabase(context, databases,
                sessionFactory(databases.hibernate(context), entityClasses), json, clock);
        try {
            // The log copied into the file and synced before anything relies on a commit: a process
            // that ended after a failed sync leaves pages the disk may not hold in the system's cache,
            // where this one would read them. They reach the disk again, or the start fails.
            database.reclaimDeleted();
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static SessionFactory sessionFactory(Properties connection, Collection<Class<?>> entityClasses) {
        Configuration cfg = new Configuration()
                .addProperties(connection)
                .setProperty("hibernate.connection.provider_class",
                        "org.hibernate.hikaricp.internal.HikariCPConnectionProvider")
                .setProperty("hibernate.hikari.minimumIdle", "1")
                .setProperty("hibernate.hikari.exceptionOverrideClassName", BrokenConnections.class.getName())
                .setProperty("hibernate.hbm2ddl.auto", "none")
                .setProperty("hibernate.boot.allow_jdbc_metadata_access", "false")
                .setProperty("hibernate.jdbc.time_zone", "UTC")
                .addAnnotatedClass(OutboxRecord.class)
                .addAnnotatedClass(ProcessedMessage.class)
                .addAttributeConverter(EpochMillisConverter.class);
        entityClasses.forEach(cfg::addAnnotatedClass);
        return cfg.buildSessionFactory();
    }

    public String context() {
        return context;
    }

    /** The context's transactions; nested calls join the outer one. */
    public Transactions transactions() {
        return transactions;
    }

    /** The context's outbox; append only inside {@link #transactions()}. */
    public EventOutbox outbox() {
        return outbox;
    }

    /** The session of the current transaction, for the context's repositories. */
    public Session session() {
        return transactions.currentSession();
    }

    /**
     * Runs the action once the current transaction has committed, before another transaction on
     * this database begins; never if it rolls back. For what an adapter keeps in memory beside the file.
     */
    public void afterCommit(Runnable action) {
        transactions.afterCommit(action);
    }

    HibernateTransactions hibernateTransactions() {
        return transactions;
    }

    public OutboxStore outboxStore() {
        return outboxStore;
    }

    public ProcessedMessages processedMessages() {
        return processedMessages;
    }

    public AnsweredRequests answeredRequests() {
        return answeredRequests;
    }

    /**
     * Deletes what the retention no longer keeps at {@code now}: published events, records of
     * processed messages and the commands' answers. Then has the deleted rows leave the storage as
     * far as the database product allows (SQLite: the write-ahead log is emptied), so that what was
     * deleted (a payment request's card token) is gone from the files too. Returns the rows deleted.
     */
    public int trim(Instant now, Retention retention) {
        int deleted = transactions.inTransaction(() ->
                outboxStore.deletePublishedBefore(now.minus(retention.publishedEvents()))
                + processedMessages.forgetBefore(now.minus(retention.processedMessages()))
                + answeredRequests.forgetBefore(now.minus(retention.answeredRequests())));
        if (deleted > 0) {
            reclaimDeleted();
        }
        return deleted;
    }

    /**
     * Makes every commit so far survive a power cut (see {@link StoreDatabases#makeDurable}). Once a
     * sync has failed it never succeeds again ({@link #durabilityLost}).
     */
    public void makeDurable() {
        try {
            durableCommits.ofAllSoFar();
        } catch (DiskSyncFailed e) {
            lost(e);
            throw new StorageUnavailable(context, e);
        } catch (IOException e) {
            throw new StorageUnavailable(context, e);
        }
    }

    private void lost(DiskSyncFailed cause) {
        durableCommits.lose(cause);
        durabilityLost.complete("the " + context + " database's " + cause.getMessage()
                + ", so its commits since the last sync may not be on it");
    }

    /**
     * Completes, saying why, when a sync of this database has failed: nothing of it can be made
     * durable again (no event leaves it, no message it applied is acknowledged) until a restart.
     */
    public CompletionStage<String> durabilityLost() {
        return durabilityLost.minimalCompletionStage();
    }

    /** Copies recent commits into the database proper, on the caller's thread instead of a commit's. */
    public void checkpoint() {
        checkpointing(databases::checkpoint);
    }

    /** On a connection of its own, outside any transaction; busy readers make it wait. */
    private void reclaimDeleted() {
        checkpointing(databases::reclaimDeleted);
    }

    /** None once durability is lost: a log the disk may not hold must not be copied into the file itself. */
    private void checkpointing(Checkpoint checkpoint) {
        if (durabilityLost.isDone()) {
            return;
        }
        try {
            checkpoint.run(context);
        } catch (DiskSyncFailed e) {
            lost(e);
            throw new StorageUnavailable(context, e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot checkpoint the " + context + " database", e);
        }
    }

    @FunctionalInterface
    private interface Checkpoint {
        void run(String context) throws SQLException, DiskSyncFailed;
    }

    /**
     * Calls the listener after every commit that appended events to the outbox: this server's, and
     * where several servers share the database, theirs too (a sweep on duty wakes for them).
     */
    public void whenEventsCommitted(Runnable listener) {
        transactions.whenEventsCommitted(listener);
        outboxStore.whenAnyServerCommits(listener);
    }

    /**
     * Whether this server does the context's store-wide chores now (its sweeps): always where it
     * alone writes the database; among several servers, the one that relays the context's outbox.
     */
    public boolean onDuty() {
        return outboxStore.relayedHere();
    }

    @Override
    public void close() {
        relayLease.ifPresent(RelayLease::close);
        sessionFactory.close();
    }
}
