package cafe.core.ledger;

import static cafe.core.order.Carts.DECLINING_CARD;
import static cafe.core.order.Carts.americano;
import static cafe.core.order.Carts.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import cafe.contract.order.OrderAccepted;
import cafe.contract.order.PlaceOrder;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Reply;
import cafe.contract.wire.Role;
import cafe.core.platform.TestTerminal;
import cafe.core.server.RunningStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger check passes a store that worked, and names what is wrong in one that did not. */
class LedgerCheckTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final LedgerCheck NO_GRACE = new LedgerCheck(Clock.systemUTC(), Duration.ZERO);

    @TempDir
    Path dataDir;

    @Test
    void aStoreThatWorkedIsCleanRunningAndStoppedAndEveryBrokenRuleIsNamedWithItsOrder() throws Exception {
        OrderAccepted paid;
        try (RunningStore store = RunningStore.withTestMenu(dataDir)) {
            paid = place(store, order(4_500, americano(1)));
            place(store, order(DECLINING_CARD, 4_500, americano(1)));
            await().atMost(DEADLINE).until(() -> NO_GRACE.check(dataDir).isClean());
        }
        assertThat(NO_GRACE.check(dataDir).findings()).isEmpty();

        RunningStore.executeIn(dataDir, "barista", "delete from ticket where order_id = '" + paid.orderId() + "'");
        RunningStore.executeIn(dataDir, "ordering", "update outbox set published = 0 where type = 'OrderPaid'");
        RunningStore.executeIn(dataDir, "payment", "insert into payment (payment_id, order_id, attempt, amount_won,"
                + " status, settled_at) values ('p-stray', 'o-unknown', 1, 100, 'APPROVED', 0)");

        LedgerReport report = NO_GRACE.check(dataDir);
        assertThat(report.findings()).extracting(Finding::kind, Finding::database, Finding::orderId).containsOnly(
                tuple(Finding.Kind.INCONSISTENT, "barista", paid.orderId()),
                tuple(Finding.Kind.STUCK, "ordering", paid.orderId()),
                tuple(Finding.Kind.INCONSISTENT, "payment", "o-unknown"));
        assertThat(report.exitStatus()).isEqualTo(1);
        assertThat(LedgerCheck.run(dataDir).findings()).as("a minute's grace for work in flight")
                .extracting(Finding::orderId).containsOnly(paid.orderId(), "o-unknown");
    }

    @Test
    void aFolderThatHoldsNoStoreCannotBeCheckedAndSaysSo() {
        LedgerReport report = LedgerCheck.run(dataDir);

        assertThat(report.exitStatus()).isEqualTo(2);
        assertThat(report.toString()).contains("no ordering.db in " + dataDir);
    }

    private static OrderAccepted place(RunningStore store, PlaceOrder order) throws Exception {
        TestTerminal kiosk = store.terminal(Role.KIOSK);
        Reply reply = kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.PLACE_ORDER, order);
        assertThat(reply.isOk()).as(reply.message()).isTrue();
        return kiosk.json().convertValue(reply.data(), OrderAccepted.class);
    }
}
