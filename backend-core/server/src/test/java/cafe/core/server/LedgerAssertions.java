package cafe.core.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.core.ledger.LedgerCheck;
import cafe.core.ledger.LedgerReport;
import cafe.core.platform.persistence.DatabaseSettings;
import cafe.core.platform.persistence.StoreDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The ledger checks a scenario ends with: the whole store's {@link LedgerCheck} with no grace for
 * work in flight, and the checks of one order in a running store's SQLite files (one order row, at
 * most one approved charge, a ticket once paid, no outbox row left unsent in any context).
 */
public final class LedgerAssertions {

    private static final List<String> CONTEXTS = List.of("ordering", "payment", "barista", "notification", "menu");
    private static final Duration SETTLE_WITHIN = Duration.ofSeconds(30);

    private static final LedgerCheck NO_GRACE = new LedgerCheck(Clock.systemUTC(), Duration.ZERO);

    private LedgerAssertions() {
    }

    /**
     * Waits until the ledger check of the data folder (of a running or a stopped store) finds
     * nothing, as work in flight settles; fails with its findings if it never does.
     */
    public static void storeIsClean(Path dataDir) {
        storeIsClean(DatabaseSettings.sqliteFiles().databases(dataDir));
    }

    /** As {@link #storeIsClean(Path)}, for a store's databases wherever they are (PostgreSQL). */
    public static void storeIsClean(StoreDatabases databases) {
        await().atMost(SETTLE_WITHIN).untilAsserted(() -> {
            LedgerReport report = NO_GRACE.check(databases);
            assertThat(report.findings()).as(report.toString()).isEmpty();
        });
    }

    /** Waits for the outboxes to drain, then checks the order's rows everywhere. */
    static void holdsFor(RunningStore store, String orderId) throws Exception {
        await().atMost(SETTLE_WITHIN).until(() -> unsentEvents(store) == 0);
        String id = "'" + orderId + "'";
        assertThat(store.query("ordering", "select count(*) from customer_order where order_id = " + id))
                .as("order rows").isEqualTo(1);
        long charged = store.query("payment",
                "select count(*) from payment where status in ('APPROVED', 'REFUNDED') and order_id = " + id);
        assertThat(charged).as("approved charges").isLessThanOrEqualTo(1);
        boolean paid = store.query("ordering", "select count(*) from customer_order where order_id = " + id
                + " and status not in ('CREATED', 'PAYMENT_FAILED', 'CANCELLED')") == 1;
        assertThat(paid).as("paid in ordering exactly when charged in payment").isEqualTo(charged == 1);
        if (paid) {
            await().atMost(SETTLE_WITHIN).until(() -> store.query("barista",
                    "select count(*) from ticket where order_id = " + id) == 1);
        }
    }

    private static long unsentEvents(RunningStore store) throws Exception {
        long unsent = 0;
        for (String context : CONTEXTS) {
            unsent += store.query(context, "select count(*) from outbox where published = 0");
        }
        return unsent;
    }
}
