package cafe.core.bench;

import cafe.core.platform.persistence.StoreDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The bench's ledger check on a store's databases (SQLite files or PostgreSQL) after a run: every
 * order placed since {@link #before} exactly once in each context (one order, one approved charge,
 * one ticket, one notification, all picked up), and no event left in an outbox. A database that
 * held orders before the run is judged by what the run added. A fuller LedgerCheck for operators
 * belongs to the crash suite.
 */
public final class StoreLedger {

    private static final List<String> CONTEXTS = List.of("ordering", "payment", "barista", "notification", "menu");
    private static final Duration SETTLE_WITHIN = Duration.ofSeconds(60);
    /** What each placed order adds once it is picked up, by context and count. */
    private static final List<String> ONE_PER_ORDER = List.of(
            "ordering:select count(*) from customer_order where status = 'PICKED_UP'",
            "ordering:select count(*) from customer_order",
            "payment:select count(distinct order_id) from payment where status = 'APPROVED'",
            "payment:select count(*) from payment where status <> 'DECLINED'",
            "barista:select count(*) from ticket where status = 'PICKED_UP'",
            "barista:select count(distinct order_id) from ticket",
            "notification:select count(distinct order_id) from notification");

    private final StoreDatabases databases;
    private final Map<String, Long> before;

    private StoreLedger(StoreDatabases databases, Map<String, Long> before) {
        this.databases = databases;
        this.before = before;
    }

    /** The counts the run will be judged against, read before it starts. */
    public static StoreLedger before(StoreDatabases databases) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String check : ONE_PER_ORDER) {
            counts.put(check, count(databases, check));
        }
        return new StoreLedger(databases, counts);
    }

    /**
     * What does not add up for {@code orders} orders placed since, once the store had up to a minute
     * to apply what is still on its way; empty when all does.
     */
    public List<String> problems(int orders) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + SETTLE_WITHIN.toNanos();
        List<String> problems = check(orders);
        while (!problems.isEmpty() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(500);
            problems = check(orders);
        }
        return problems;
    }

    private List<String> check(int orders) throws SQLException {
        Map<String, Long> expected = new LinkedHashMap<>();
        before.forEach((check, count) -> expected.put(check, count + orders));
        CONTEXTS.forEach(context -> expected.put(context + ":select count(*) from outbox where published = 0", 0L));
        List<String> problems = new ArrayList<>();
        for (var check : expected.entrySet()) {
            long found = count(databases, check.getKey());
            if (found != check.getValue()) {
                problems.add(check.getKey().replaceFirst(":", ": ") + " = " + found + ", expected "
                        + check.getValue());
            }
        }
        return problems;
    }

    /** {@code context:sql} counted in that context's database. */
    private static long count(StoreDatabases databases, String check) throws SQLException {
        String[] where = check.split(":", 2);
        try (Connection connection = databases.connectReadOnly(where[0]);
             ResultSet rows = connection.createStatement().executeQuery(where[1])) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }
}
