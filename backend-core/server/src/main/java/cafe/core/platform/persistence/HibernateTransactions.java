package cafe.core.platform.persistence;

import cafe.core.shared.StorageUnavailable;
import cafe.core.shared.Transactions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Hibernate session and transaction per call, bound to the calling thread so repositories and
 * the outbox find it. A nested call joins the outer transaction. Transactions on one database run
 * one at a time: SQLite has one writer per file, and taking turns here avoids SQLITE_BUSY when a
 * reader would upgrade to a writer. A transaction that fails is rolled back (if SQLite has not
 * already done so itself); one that failed because the disk refused writes is reported as
 * {@link StorageUnavailable}, and its connection is closed by the pool ({@link BrokenConnections}).
 * Where other servers share the database (PostgreSQL), each transaction also waits for the turn
 * among servers ({@link ServerTurns}) and a commit that wrote events tells them so.
 */
final class HibernateTransactions implements Transactions {

    private static final Logger log = LoggerFactory.getLogger(HibernateTransactions.class);

    private final String context;
    private final SessionFactory sessionFactory;
    private final Optional<ServerTurns> serverTurns;
    private final ThreadLocal<UnitOfWork> current = new ThreadLocal<>();
    private final ReentrantLock writer = new ReentrantLock(true);
    private final List<Runnable> eventsCommittedListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<List<OutboxRecord>>> outboxCommittedListeners = new CopyOnWriteArrayList<>();
    private final AtomicLong commits = new AtomicLong();

    HibernateTransactions(String context, SessionFactory sessionFactory, Optional<ServerTurns> serverTurns) {
        this.context = context;
        this.sessionFactory = sessionFactory;
        this.serverTurns = serverTurns;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        boolean eventsAppended;
        T result;
        writer.lock();
        try (Session session = sessionFactory.openSession()) {
            UnitOfWork unit = new UnitOfWork(session);
            current.set(unit);
            result = commit(unit, work);
            eventsAppended = !unit.appended.isEmpty();
        } finally {
            current.remove();
            writer.unlock();
        }
        if (eventsAppended) {
            eventsCommittedListeners.forEach(Runnable::run);
        }
        return result;
    }

    private <T> T commit(UnitOfWork unit, Supplier<T> work) {
        Transaction tx = null;
        try {
            // where the database is a server, beginning is where a connection is taken, or not had
            tx = unit.session.beginTransaction();
            if (serverTurns.isPresent()) {
                unit.session.doWork(serverTurns.get()::take);
            }
            T result = work.get();
            if (serverTurns.isPresent() && !unit.appended.isEmpty()) {
                unit.session.doWork(serverTurns.get()::announceEvents);
            }
            tx.commit();
            commits.incrementAndGet();
            unit.afterCommit.forEach(Runnable::run);
            if (!unit.appended.isEmpty()) {
                outboxCommittedListeners.forEach(listener -> listener.accept(unit.appended));
            }
            return result;
        } catch (RuntimeException | Error e) {
            if (tx != null) {
                rollBack(tx, e);
            }
            if (StorageFaults.isStorageFault(e)) {
                log.error("the {} database cannot write: {}; nothing of the transaction was stored", context,
                        e.getMessage());
                throw new StorageUnavailable(context, e);
            }
            throw e;
        }
    }

    /** A rollback that fails (SQLite may have ended the transaction itself) must not hide why the work failed. */
    private static void rollBack(Transaction tx, Throwable failure) {
        try {
            if (tx.isActive()) {
                tx.rollback();
            }
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** Takes this database's turn for the caller itself, waiting at most {@code wait}; false if not free by then. */
    boolean tryHoldTurn(Duration wait) throws InterruptedException {
        return writer.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Gives back a turn taken by {@link #tryHoldTurn}, on the thread that took it. */
    void releaseTurn() {
        writer.unlock();
    }

    /** How many transactions this server has committed on the database so far. */
    long commits() {
        return commits.get();
    }

    Session currentSession() {
        return unit().session;
    }

    /**
     * Whether another server may have written to the database since this server last did: true in
     * a transaction on a shared database that has appended no event yet. What is counted in memory
     * between transactions (the outbox's last number) must then be read again.
     */
    boolean othersMayHaveWritten() {
        return serverTurns.isPresent() && unit().appended.isEmpty();
    }

    void eventAppended(OutboxRecord row) {
        unit().appended.add(row);
    }

    void afterCommit(Runnable action) {
        unit().afterCommit.add(action);
    }

    void whenEventsCommitted(Runnable listener) {
        eventsCommittedListeners.add(listener);
    }

    /**
     * Hands the listener the outbox rows of each commit that wrote some, in the order they were
     * written, before the next transaction on this database begins: listeners see commits in order.
     */
    void whenOutboxCommitted(Consumer<List<OutboxRecord>> listener) {
        outboxCommittedListeners.add(listener);
    }

    private UnitOfWork unit() {
        UnitOfWork unit = current.get();
        if (unit == null) {
            throw new IllegalStateException("no transaction on this thread: call Transactions.inTransaction first");
        }
        return unit;
    }

    private static final class UnitOfWork {
        private final Session session;
        private final List<Runnable> afterCommit = new ArrayList<>();
        private final List<OutboxRecord> appended = new ArrayList<>();

        private UnitOfWork(Session session) {
            this.session = session;
        }
    }
}
