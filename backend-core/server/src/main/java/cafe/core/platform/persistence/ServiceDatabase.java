package cafe.core.platform.persistence;

import cafe.core.shared.EventOutbox;
import cafe.core.shared.Transactions;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

/**
 * One context's own SQLite database (database per service): {@code <dataDir>/<context>.db}, its
 * schema owned by the SQL migrations in {@code db/shared/} and {@code db/<context>/}, mapped by
 * Hibernate with the context's entity classes plus the shared outbox and ledger.
 */
public final class ServiceDatabase implements AutoCloseable {

    private static final String SHARED_MIGRATIONS = "shared";

    private final String context;
    private final String url;
    private final SessionFactory sessionFactory;
    private final HibernateTransactions transactions;
    private final HibernateEventOutbox outbox;
    private final OutboxStore outboxStore;
    private final ProcessedMessages processedMessages;

    private ServiceDatabase(String context, String url, SessionFactory sessionFactory, ObjectMapper json,
                            Clock clock) {
        this.context = context;
        this.url = url;
        this.sessionFactory = sessionFactory;
        this.transactions = new HibernateTransactions(context, sessionFactory);
        this.outbox = new HibernateEventOutbox(transactions, json, clock);
        this.outboxStore = new OutboxStore(transactions);
        this.processedMessages = new ProcessedMessages(transactions, clock);
    }

    /** Opens (creating and migrating if needed) the database of {@code context} under {@code dataDir}. */
    public static ServiceDatabase open(Path dataDir, String context, Collection<Class<?>> entityClasses,
                                       ObjectMapper json, Clock clock) {
        String url = jdbcUrl(dataDir, context);
        SchemaMigrations migrations = new SchemaMigrations(url, clock);
        migrations.apply(SHARED_MIGRATIONS);
        migrations.apply(context);
        return new ServiceDatabase(context, url, sessionFactory(url, entityClasses), json, clock);
    }

    /**
     * The database file is made private before SQLite first opens it; deleted rows are overwritten
     * with zeros ({@code secure_delete}), so what {@link #trim} removes is gone from the file too.
     */
    static String jdbcUrl(Path dataDir, String context) {
        PrivateFiles.folder(dataDir);
        Path file = dataDir.resolve(context + ".db");
        PrivateFiles.file(file);
        for (String companion : new String[] {"-wal", "-shm"}) {
            Path sibling = file.resolveSibling(file.getFileName() + companion);
            if (Files.exists(sibling)) {
                PrivateFiles.file(sibling);
            }
        }
        return "jdbc:sqlite:" + file.toAbsolutePath()
                + "?journal_mode=WAL&synchronous=NORMAL&busy_timeout=5000&foreign_keys=true&secure_delete=true";
    }

    private static SessionFactory sessionFactory(String url, Collection<Class<?>> entityClasses) {
        Configuration cfg = new Configuration()
                .setProperty("hibernate.connection.url", url)
                .setProperty("hibernate.dialect", "org.hibernate.community.dialect.SQLiteDialect")
                .setProperty("hibernate.connection.provider_class",
                        "org.hibernate.hikaricp.internal.HikariCPConnectionProvider")
                .setProperty("hibernate.hikari.maximumPoolSize", "3")
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

    /**
     * Deletes the events published before {@code publishedBefore} and the records of messages
     * processed before {@code processedBefore}, then empties the write-ahead log, so that what was
     * deleted (a payment request's card token) is gone from every file. Returns the rows deleted.
     */
    public int trim(Instant publishedBefore, Instant processedBefore) {
        int deleted = transactions.inTransaction(() -> outboxStore.deletePublishedBefore(publishedBefore)
                + processedMessages.forgetBefore(processedBefore));
        if (deleted > 0) {
            emptyWriteAheadLog();
        }
        return deleted;
    }

    /** A TRUNCATE checkpoint on a connection of its own, outside any transaction; busy readers make it wait. */
    private void emptyWriteAheadLog() {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot checkpoint the " + context + " database", e);
        }
    }

    /** Calls the listener after every commit that appended events to the outbox (the relay's wake-up). */
    public void whenEventsCommitted(Runnable listener) {
        transactions.whenEventsCommitted(listener);
    }

    @Override
    public void close() {
        sessionFactory.close();
    }
}
