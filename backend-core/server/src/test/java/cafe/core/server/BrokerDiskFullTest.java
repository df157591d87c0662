package cafe.core.server;

import static cafe.core.order.Carts.americano;
import static cafe.core.order.Carts.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.client.CafeConnection;
import cafe.client.CafeException;
import cafe.client.KioskClient;
import cafe.client.jms.CafeClients;
import cafe.contract.order.OrderAccepted;
import cafe.contract.order.OrderStatus;
import cafe.contract.order.PlaceOrder;
import cafe.contract.wire.ErrorCode;
import cafe.contract.wire.Role;
import cafe.core.deadletter.DeadLetterContext;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk under the data folder fills up for real: the broker keeps a margin of free space just
 * below what the disk has now, and a file as big as twice that margin takes it away. The kiosk
 * is told at once that the store cannot take orders; nothing is stored for a refused order, an
 * order whose answer was lost as the disk filled is found again with its key, and the store takes
 * orders again by itself once the file is gone.
 */
class BrokerDiskFullTest {

    private static final long MARGIN = 128L * 1024 * 1024;
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;

    @Test
    void aKioskIsToldAtOnceThatTheStoreCannotTakeOrdersAndOrdersResumeWhenSpaceReturns() throws Exception {
        long minDiskFree = Files.getFileStore(dataDir).getUsableSpace() - MARGIN;
        StoreConfig config = StoreConfig.forTests(dataDir).withMenuResource(RunningStore.TEST_MENU)
                .withSafeguards(Safeguards.standard().withMinDiskFreeBytes(minDiskFree));
        try (RunningStore store = new RunningStore(config);
             CafeConnection connection = CafeClients.connect(store.server().terminalConfig(Role.KIOSK))) {
            KioskClient kiosk = connection.kiosk();
            await().atMost(DEADLINE).until(() -> connection.state() == cafe.client.ConnectionState.CONNECTED);
            OrderAccepted before = kiosk.placeOrder(order(4_500, americano(1))).join();

            Path ballast = fill(dataDir.resolve("ballast"), 2 * MARGIN);
            List<PlaceOrder> unanswered = new ArrayList<>();
            PlaceOrder refused = await().atMost(DEADLINE).until(() -> refusedOrUnanswered(kiosk, unanswered),
                    order -> order != null);
            long askedAt = System.nanoTime();
            assertThat(refusal(kiosk, order(4_500, americano(1)))).isEqualTo(ErrorCode.STORE_UNAVAILABLE);
            assertThat(Duration.ofNanos(System.nanoTime() - askedAt)).as("told at once, not after a time-out")
                    .isLessThan(Duration.ofSeconds(2));

            Files.delete(ballast);
            List<OrderAccepted> accepted = new ArrayList<>(List.of(before));
            // one order asked again with its key until it is taken, as a kiosk does: a try whose answer was
            // lost may still have been stored
            PlaceOrder afterSpace = order(4_500, americano(1));
            accepted.add(await().atMost(DEADLINE).until(() -> placed(kiosk, afterSpace), order -> order != null));
            for (PlaceOrder maybeStored : unanswered) {
                accepted.add(kiosk.placeOrder(maybeStored).join());
            }

            for (OrderAccepted order : accepted) {
                await().atMost(DEADLINE).until(() -> kiosk.order(order.orderId()).join().status() == OrderStatus.QUEUED);
            }
            assertThat(store.query("ordering", "select count(*) from customer_order where idempotency_key = '"
                    + refused.idempotencyKey() + "'")).isZero();
            assertThat(store.query("ordering", "select count(*) from customer_order")).isEqualTo(accepted.size());
            assertThat(store.query(DeadLetterContext.DATABASE, "select count(*) from dead_letter")).as("dead letters").isZero();
            LedgerAssertions.storeIsClean(dataDir);
        }
    }

    /**
     * Places a new order: returns it if the store refused it; remembers it if it was taken (the broker
     * notices the full disk within a second) or its answer was lost (it may have got in just before
     * the disk filled); either is asked for again later with its key.
     */
    private static PlaceOrder refusedOrUnanswered(KioskClient kiosk, List<PlaceOrder> unanswered) {
        PlaceOrder order = order(4_500, americano(1));
        ErrorCode code = refusal(kiosk, order);
        if (code == null || code == ErrorCode.TIMEOUT) {
            unanswered.add(order);
        }
        return code == ErrorCode.STORE_UNAVAILABLE ? order : null;
    }

    private static ErrorCode refusal(KioskClient kiosk, PlaceOrder order) {
        try {
            kiosk.placeOrder(order).join();
            return null;
        } catch (CompletionException e) {
            return CafeException.of(e).map(CafeException::code).orElseThrow(() -> e);
        }
    }

    private static OrderAccepted placed(KioskClient kiosk, PlaceOrder order) {
        try {
            return kiosk.placeOrder(order).join();
        } catch (CompletionException e) {
            return null;
        }
    }

    /** Writes real bytes (a sparse file would take no space). */
    private static Path fill(Path file, long bytes) throws IOException {
        byte[] chunk = new byte[1024 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < bytes; written += chunk.length) {
                out.write(chunk);
            }
        }
        return file;
    }
}
