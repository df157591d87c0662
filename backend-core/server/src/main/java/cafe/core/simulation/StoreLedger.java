package cafe.core.simulation;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The bench's ledger check on a store's SQLite files after a run: every order exactly once in each
 * context (one order, one approved charge, one ticket, one notification, all picked up), and no
 * event left in an outbox. A fuller LedgerCheck for operators belongs to the crash suite.
 */
final class StoreLedger {

    private static final List<String> CONTEXTS = List.of("ordering", "payment", "barista", "notification", "menu");

    private StoreLedger() {
    }

    private static final Duration SETTLE_WITHIN = Duration.ofSeconds(60);

    /**
     * What does not add up for {@code orders} orders placed on a fresh store, once the store had up
     * to a minute to apply what is still on its way; empty when all does.
     */
    static List<String> problems(Path dataDir, int orders) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + SETTLE_WITHIN.toNanos();
        List<String> problems = check(dataDir, orders);
        while (!problems.isEmpty() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(500);
            problems = check(dataDir, orders);
        }
        return problems;
    }

    private static List<String> check(Path dataDir, int orders) throws SQLException {
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("ordering:select count(*) from customer_order where status = 'PICKED_UP'", (long) orders);
        expected.put("ordering:select count(*) from customer_order", (long) orders);
        expected.put("payment:select count(distinct order_id) from payment where status = 'APPROVED'", (long) orders);
        expected.put("payment:select count(*) from payment where status <> 'DECLINED'", (long) orders);
        expected.put("barista:select count(*) from ticket where status = 'PICKED_UP'", (long) orders);
        expected.put("barista:select count(distinct order_id) from ticket", (long) orders);
        expected.put("notification:select count(distinct order_id) from notification", (long) orders);
        CONTEXTS.forEach(context -> expected.put(context + ":select count(*) from outbox where published = 0", 0L));
        List<String> problems = new ArrayList<>();
        for (var check : expected.entrySet()) {
            String[] where = check.getKey().split(":", 2);
            long found = count(dataDir.resolve(where[0] + ".db"), where[1]);
            if (found != check.getValue()) {
                problems.add(where[0] + ": " + where[1] + " = " + found + ", expected " + check.getValue());
            }
        }
        return problems;
    }

    private static long count(Path database, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
             var rows = connection.createStatement().executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }
}
