package cafe.core.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

/**
 * The ledger-relevant checks of one order in a running store's SQLite files: one order row, at
 * most one approved charge, a ticket once paid, and no outbox row left unsent in any context. (A
 * store-wide LedgerCheck is being built for the crash suite; these assertions move onto it then.)
 */
final class LedgerAssertions {

    private static final List<String> CONTEXTS = List.of("ordering", "payment", "barista", "notification", "menu");
    private static final Duration SETTLE_WITHIN = Duration.ofSeconds(15);

    private LedgerAssertions() {
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
