package cafe.core.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The back office's queries (the day's sales and takings, prep times, the order desk, receipts) and
 * the store's sweeps, as each adapter's query asks them, are answered through an index of the
 * context's own schema: none reads its whole table, however many days the store has kept.
 */
class ReportQueryPlansTest {

    @TempDir
    Path dataDir;

    @Test
    void paymentsSettledInADayAreReadByTheirSettlingTime() throws Exception {
        assertThat(plan("payment", "SELECT * FROM payment WHERE settled_at >= 1 AND settled_at < 2"))
                .anyMatch(step -> step.contains("USING INDEX payment_by_settled_at"));
        assertThat(plan("payment", "SELECT * FROM payment WHERE order_id = 'o' ORDER BY attempt"))
                .noneMatch(ReportQueryPlansTest::readsItAll);
    }

    @Test
    void ordersAreReadByDayByNumberByTimeAndTheDeclinedSweepByStatus() throws Exception {
        assertThat(plan("ordering", "SELECT * FROM customer_order WHERE business_day = '2026-12-04'"
                + " AND status IN ('PAID', 'PICKED_UP')")).noneMatch(ReportQueryPlansTest::readsItAll);
        assertThat(plan("ordering", "SELECT * FROM customer_order WHERE business_day = '2026-12-04'"
                + " AND order_number = 101")).noneMatch(ReportQueryPlansTest::readsItAll);
        assertThat(plan("ordering", "SELECT * FROM customer_order WHERE placed_at >= 1 AND placed_at < 2"
                + " ORDER BY placed_at DESC LIMIT 51")).anyMatch(step -> step.contains("customer_order_by_placed_at"));
        assertThat(plan("ordering", "SELECT * FROM customer_order WHERE status = 'PAYMENT_FAILED'"
                + " AND updated_at < 1 ORDER BY updated_at LIMIT 50"))
                .anyMatch(step -> step.contains("USING INDEX customer_order_by_status"))
                .noneMatch(step -> step.contains("TEMP B-TREE"));
        assertThat(plan("ordering", "SELECT * FROM order_step WHERE order_id = 'o' ORDER BY step_id"))
                .noneMatch(ReportQueryPlansTest::readsItAll);
    }

    @Test
    void ticketsMadeInADayAndReceiptsByNumberUseTheirIndexes() throws Exception {
        assertThat(plan("barista", "SELECT * FROM ticket WHERE ready_at >= 1 AND ready_at < 2"))
                .anyMatch(step -> step.contains("ticket_by_ready_at"));
        assertThat(plan("notification", "SELECT * FROM receipt WHERE order_number = 101 ORDER BY paid_at DESC"))
                .anyMatch(step -> step.contains("receipt_by_number"));
        assertThat(plan("notification", "SELECT * FROM receipt_action WHERE order_id = 'o' ORDER BY at"))
                .anyMatch(step -> step.contains("receipt_action_by_order"));
    }

    /** A step that goes through every row of a table, with no index to narrow it. */
    private static boolean readsItAll(String step) {
        return step.startsWith("SCAN ") && !step.contains("INDEX");
    }

    private List<String> plan(String context, String query) throws SQLException {
        SqliteFiles files = new SqliteFiles(dataDir, 1);
        files.create(context);
        new SchemaMigrations(files, context, Clock.systemUTC()).apply(context);
        String url = files.url(context);
        List<String> steps = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url);
             var rows = connection.createStatement().executeQuery("EXPLAIN QUERY PLAN " + query)) {
            while (rows.next()) {
                steps.add(rows.getString("detail"));
            }
        }
        return steps;
    }
}
