package cafe.core.ledger;

import cafe.core.platform.persistence.DatabaseSettings;
import cafe.core.platform.persistence.StoreDatabases;
import cafe.contract.order.OrderStatus;
import cafe.core.ledger.Finding.Kind;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a store's databases (SQLite files or PostgreSQL), of a running or a stopped server, for what must never happen:
 * every order has one row and its lines, at most one charge that was not declined, an approved
 * charge once paid and none left on an order that ended unpaid, a ticket once paid and none for
 * an unpaid order, a board entry once ready; no event left unpublished, every file whole
 * (SQLite's PRAGMA integrity_check; PostgreSQL's storage is its administrator's to check) and no dead letter waiting for staff. Work still in flight is given
 * {@code grace} before a missing step counts.
 */
public final class LedgerCheck {

    static final List<String> DATABASES = List.of("ordering", "payment", "barista", "notification", "menu", "staff",
            "deadletters");
    private static final Set<String> TICKETED = Set.of("QUEUED", "IN_PREPARATION", "READY", "PICKED_UP");
    private static final Set<String> ON_THE_BOARD = Set.of("READY", "PICKED_UP");

    private final Clock clock;
    private final Duration grace;

    public LedgerCheck(Clock clock, Duration grace) {
        this.clock = clock;
        this.grace = grace;
    }

    /** The operator's check of a store on one PC: in-flight work gets a minute. */
    public static LedgerReport run(Path dataDir) {
        return run(DatabaseSettings.sqliteFiles().databases(dataDir));
    }

    /** The operator's check of the store's databases, SQLite files or PostgreSQL: in-flight work gets a minute. */
    public static LedgerReport run(StoreDatabases databases) {
        return new LedgerCheck(Clock.systemUTC(), Duration.ofMinutes(1)).check(databases);
    }

    /** The check of a store on one PC, whose databases are SQLite files in {@code dataDir}. */
    public LedgerReport check(Path dataDir) {
        return check(DatabaseSettings.sqliteFiles().databases(dataDir));
    }

    public LedgerReport check(StoreDatabases databases) {
        LedgerFiles files = new LedgerFiles(databases);
        List<Finding> findings = new ArrayList<>();
        for (String database : DATABASES) {
            try {
                if (!files.exists(database)) {
                    findings.add(new Finding(Kind.UNREADABLE, database, null, "no " + files.describe(database)
                            + " (not a store's data, or the store never started)"));
                    continue;
                }
                checkFile(files, database, findings);
            } catch (SQLException e) {
                findings.add(new Finding(Kind.UNREADABLE, database, null, "cannot read: " + e.getMessage()));
            }
        }
        if (findings.stream().noneMatch(finding -> finding.kind() == Kind.UNREADABLE)) {
            try {
                checkOrders(files, findings);
            } catch (SQLException e) {
                findings.add(new Finding(Kind.UNREADABLE, "ordering", null, "cannot read: " + e.getMessage()));
            }
        }
        return new LedgerReport(findings);
    }

    private void checkFile(LedgerFiles files, String database, List<Finding> findings) throws SQLException {
        for (String damage : files.damage(database)) {
            findings.add(new Finding(Kind.BROKEN, database, null, damage));
        }
        if (files.hasTable(database, "outbox")) {
            for (LedgerFiles.Row row : files.rows(database, "select order_id, type, event_id from outbox"
                    + " where published = 0 and occurred_at <= " + settledBefore())) {
                findings.add(new Finding(Kind.STUCK, database, row.get(0), row.get(1) + " " + row.get(2)
                        + " was never published"));
            }
        }
        if (files.hasTable(database, "dead_letter")) {
            for (LedgerFiles.Row row : files.rows(database, "select order_id, type, original_queue, fate"
                    + " from dead_letter where handled_by is null and resolved_at is null")) {
                findings.add(new Finding(Kind.WAITING_FOR_STAFF, database, row.get(0), row.get(1) + " on "
                        + row.get(2) + " is " + row.get(3) + " and nothing made up for it"));
            }
        }
    }

    private void checkOrders(LedgerFiles files, List<Finding> findings) throws SQLException {
        Map<String, String> settled = new HashMap<>();
        Map<String, String> orders = new HashMap<>();
        for (LedgerFiles.Row row : files.rows("ordering", "select o.order_id, o.status, o.updated_at,"
                + " (select count(*) from order_line l where l.order_id = o.order_id) from customer_order o")) {
            orders.put(row.get(0), row.get(1));
            if (Long.parseLong(row.get(2)) <= settledBefore()) {
                settled.put(row.get(0), row.get(1));
            }
            if ("0".equals(row.get(3))) {
                findings.add(new Finding(Kind.INCONSISTENT, "ordering", row.get(0), "an order without lines"));
            }
        }
        checkCharges(files, orders, settled, findings);
        checkTickets(files, orders, settled, findings);
        Set<String> onTheBoard = ids(files, "notification", "select order_id from board_entry");
        settled.forEach((orderId, status) -> {
            if (ON_THE_BOARD.contains(status) && !onTheBoard.contains(orderId)) {
                findings.add(new Finding(Kind.INCONSISTENT, "notification", orderId, status + " but not on the board"));
            }
        });
    }

    private void checkCharges(LedgerFiles files, Map<String, String> orders, Map<String, String> settled,
                              List<Finding> findings) throws SQLException {
        Map<String, Integer> approved = new HashMap<>();
        for (LedgerFiles.Row row : files.rows("payment", "select order_id, status, count(*) from payment"
                + " where status <> 'DECLINED' group by order_id, status")) {
            String orderId = row.get(0);
            if (!orders.containsKey(orderId)) {
                findings.add(new Finding(Kind.INCONSISTENT, "payment", orderId, "a charge for an unknown order"));
            }
            if ("APPROVED".equals(row.get(1))) {
                approved.put(orderId, Integer.parseInt(row.get(2)));
            }
        }
        for (LedgerFiles.Row row : files.rows("payment", "select order_id, count(*) from payment"
                + " where status <> 'DECLINED' group by order_id having count(*) > 1")) {
            findings.add(new Finding(Kind.INCONSISTENT, "payment", row.get(0), "charged " + row.get(1) + " times"));
        }
        orders.forEach((orderId, status) -> {
            int charges = approved.getOrDefault(orderId, 0);
            if (OrderStatus.valueOf(status).isPaid() && charges != 1) {
                findings.add(new Finding(Kind.INCONSISTENT, "payment", orderId, status + " with " + charges
                        + " approved charges"));
            }
        });
        settled.forEach((orderId, status) -> {
            if (!OrderStatus.valueOf(status).isPaid() && approved.containsKey(orderId)) {
                findings.add(new Finding(Kind.INCONSISTENT, "payment", orderId, status
                        + " with an approved charge neither used nor refunded"));
            }
        });
    }

    private void checkTickets(LedgerFiles files, Map<String, String> orders, Map<String, String> settled,
                              List<Finding> findings) throws SQLException {
        Map<String, String> tickets = new HashMap<>();
        for (LedgerFiles.Row row : files.rows("barista", "select order_id, status from ticket")) {
            tickets.put(row.get(0), row.get(1));
            String order = orders.get(row.get(0));
            if (order == null || !OrderStatus.valueOf(order).isPaid() && !"CANCELLED".equals(row.get(1))
                    && settled.containsKey(row.get(0))) {
                findings.add(new Finding(Kind.INCONSISTENT, "barista", row.get(0), "a " + row.get(1)
                        + " ticket for an order that is " + (order == null ? "unknown" : order)));
            }
        }
        orders.forEach((orderId, status) -> {
            boolean due = TICKETED.contains(status) || "PAID".equals(status) && settled.containsKey(orderId);
            if (due && !tickets.containsKey(orderId)) {
                findings.add(new Finding(Kind.INCONSISTENT, "barista", orderId, status + " without a ticket"));
            }
        });
    }

    private static Set<String> ids(LedgerFiles files, String database, String sql) throws SQLException {
        Set<String> ids = new HashSet<>();
        files.rows(database, sql).forEach(row -> ids.add(row.get(0)));
        return ids;
    }

    private long settledBefore() {
        return clock.millis() - grace.toMillis();
    }
}
