package cafe.core.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.client.CafeConnection;
import cafe.client.ConnectionState;
import cafe.client.KioskClient;
import cafe.client.jms.CafeClients;
import cafe.contract.order.CardToken;
import cafe.contract.order.CartLine;
import cafe.contract.order.OrderAccepted;
import cafe.contract.order.OrderStatus;
import cafe.contract.order.PlaceOrder;
import cafe.contract.order.TestCards;
import cafe.contract.wire.Role;
import cafe.core.order.Carts;
import cafe.core.server.LedgerAssertions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The StoreServer in its own JVM is killed with SIGKILL while a kiosk's orders are in flight: just
 * after they are sent, once the first is accepted (the card network is deciding), and after the
 * card network approved a charge the store has not yet committed (it is seen in the network's own
 * memory file; one card of the round approves and then never answers, so the window stays open).
 * Started again on the same data each time, the store ends every order the kiosk asks for again
 * with its key exactly once: paid, charged once, ticketed once, and its ledger is clean.
 */
class KilledServerTest {

    private static final Duration DEADLINE = Duration.ofSeconds(120);
    /** On the seed menu, which a server started from the command line serves. */
    private static final CartLine AMERICANO = new CartLine("americano", List.of("size-regular", "temp-hot"), 1);
    private static final CardToken HANGING_CARD = new CardToken(TestCards.APPROVE_THEN_HANG, "VISA", "0005");
    private static final int ORDERS_PER_ROUND = 5;

    @TempDir
    Path dataDir;

    @Test
    void killedThreeTimesWithOrdersInFlightTheStoreLosesNothingAndChargesNothingTwice() throws Exception {
        List<PlaceOrder> sent = new ArrayList<>();
        try (ServerProcess server = ServerProcess.start(dataDir, Files.createDirectories(Path.of("target"))
                        .resolve("killed-server.log"), "--gateway-latency-ms", "300", "--gateway-timeout-ms",
                "60000", "--gateway-decline-rate", "0");
             CafeConnection connection = CafeClients.connect(server.terminal(Role.KIOSK))) {
            KioskClient kiosk = connection.kiosk();
            for (Moment moment : Moment.values()) {
                awaitConnected(connection);
                List<PlaceOrder> round = moment.round();
                sent.addAll(round);
                List<CompletableFuture<OrderAccepted>> replies = round.stream().map(kiosk::placeOrder).toList();
                moment.waitFor(replies, dataDir);
                server.kill();
                moment.verifyHit(dataDir);
                server.start();
            }
            awaitConnected(connection);

            Set<String> orderIds = new HashSet<>();
            for (PlaceOrder order : sent) {
                orderIds.add(await().atMost(DEADLINE).until(() -> acceptedAgain(kiosk, order), accepted -> accepted != null)
                        .orderId());
            }
            assertThat(orderIds).hasSize(sent.size());
            for (String orderId : orderIds) {
                await().atMost(DEADLINE).until(() -> kiosk.order(orderId).join().status() == OrderStatus.QUEUED);
            }
            assertThat(count("ordering", "select count(*) from customer_order")).isEqualTo(sent.size());
            assertThat(count("payment", "select count(*) from payment where status = 'APPROVED'")).isEqualTo(sent.size());
            assertThat(count("barista", "select count(*) from ticket")).isEqualTo(sent.size());
            assertThat(approvalsByTheNetwork(dataDir)).as("charges the card network made").isEqualTo(sent.size());
            LedgerAssertions.storeIsClean(dataDir);
        }
        LedgerAssertions.storeIsClean(dataDir);
    }

    /** When the server is killed after a round of orders is sent. */
    private enum Moment {
        /** The requests are on their way or waiting in the broker. */
        SENT,
        /** The first order is stored and paying; the card network is deciding on the others. */
        ACCEPTED {
            @Override
            void waitFor(List<CompletableFuture<OrderAccepted>> replies, Path dataDir) {
                CompletableFuture.anyOf(replies.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
            }
        },
        /** The card network approved a charge whose answer the store has not committed. */
        APPROVED_NOT_COMMITTED {
            @Override
            List<PlaceOrder> round() {
                List<PlaceOrder> round = new ArrayList<>(super.round());
                round.add(Carts.order(HANGING_CARD, 4_500, AMERICANO));
                return round;
            }

            /** Not any approval in flight: another order's may well commit before the kill. */
            @Override
            void waitFor(List<CompletableFuture<OrderAccepted>> replies, Path dataDir) {
                await().atMost(DEADLINE).until(() -> hangingChargeApprovedNotCommitted(dataDir));
            }

            @Override
            void verifyHit(Path dataDir) throws Exception {
                assertThat(hangingChargeApprovedNotCommitted(dataDir))
                        .as("the hanging card approved by the network, not committed at the kill").isTrue();
            }
        };

        List<PlaceOrder> round() {
            return Stream.generate(() -> Carts.order(4_500, AMERICANO)).limit(ORDERS_PER_ROUND).toList();
        }

        void waitFor(List<CompletableFuture<OrderAccepted>> replies, Path dataDir) {
        }

        void verifyHit(Path dataDir) throws Exception {
        }
    }

    /** The kiosk asks again with the same key, as it does after a lost answer. */
    private static OrderAccepted acceptedAgain(KioskClient kiosk, PlaceOrder order) {
        try {
            return kiosk.placeOrder(order).join();
        } catch (CompletionException e) {
            return null;
        }
    }

    private static void awaitConnected(CafeConnection connection) {
        await().atMost(DEADLINE).until(() -> connection.state() == ConnectionState.CONNECTED);
    }

    /** Charges the simulated card network approved, from its memory file. */
    private static long approvalsByTheNetwork(Path dataDir) throws IOException {
        Path memory = dataDir.resolve("simulated-card-network.tsv");
        if (!Files.exists(memory)) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(memory)) {
            return lines.filter(line -> line.startsWith("charge\t") && line.contains("\tAPPROVED\t")).count();
        }
    }

    /** The hanging card's payment is still PENDING in the store while the network holds its approval. */
    private static boolean hangingChargeApprovedNotCommitted(Path dataDir) throws SQLException, IOException {
        String key = text(dataDir, "payment", "select order_id || ':' || attempt from payment"
                + " where status = 'PENDING' and card_last4 = '" + HANGING_CARD.last4() + "'");
        Path memory = dataDir.resolve("simulated-card-network.tsv");
        if (key == null || !Files.exists(memory)) {
            return false;
        }
        try (Stream<String> lines = Files.lines(memory)) {
            return lines.anyMatch(line -> line.startsWith("charge\t" + key + "\tAPPROVED\t"));
        }
    }

    private long count(String context, String sql) throws SQLException {
        return count(dataDir, context, sql);
    }

    private static String text(Path dataDir, String context, String sql) throws SQLException {
        if (!Files.exists(dataDir.resolve(context + ".db"))) {
            return null;
        }
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(context + ".db"));
             var rows = connection.createStatement().executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static long count(Path dataDir, String context, String sql) throws SQLException {
        String number = text(dataDir, context, sql);
        return number == null ? 0 : Long.parseLong(number);
    }
}
