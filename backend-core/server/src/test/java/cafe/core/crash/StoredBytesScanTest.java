package cafe.core.crash;

import static cafe.core.order.Carts.americano;
import static cafe.core.order.Carts.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.client.CafeConnection;
import cafe.client.ConnectionState;
import cafe.client.KioskClient;
import cafe.client.jms.CafeClients;
import cafe.contract.order.CardToken;
import cafe.contract.order.OrderAccepted;
import cafe.contract.order.OrderStatus;
import cafe.contract.order.PlaceOrder;
import cafe.contract.order.RetryPayment;
import cafe.contract.order.TestCards;
import cafe.contract.wire.Role;
import cafe.core.platform.persistence.Retention;
import cafe.core.server.LedgerAssertions;
import cafe.core.server.RunningStore;
import cafe.core.server.Safeguards;
import cafe.core.server.SettableClock;
import cafe.core.server.StoreConfig;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every byte the store keeps (the SQLite files and their write-ahead logs, the broker's journal,
 * bindings and paging folders, the card network's memory, the server's log) is searched, once the
 * outbox retention and the upkeep have run, for card tokens, card numbers and CVCs, in UTF-8 and
 * in the UTF-16 the broker writes message text in. Kiosks paid with approving, declining and
 * retried cards; the store's clock is moved past the retention.
 */
class StoredBytesScanTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final List<String> SECRETS = List.of("tok_test_", "4242424242424242", "4111111111111111",
            "\"cvc\"", "\"cvv\"");
    private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE);

    @TempDir
    Path dataDir;

    @Test
    void noCardTokenNumberOrCvcIsLeftInAnyStoredByteOnceRetentionHasRun() throws Exception {
        ZoneId zone = ZoneId.of("Asia/Seoul");
        SettableClock clock = new SettableClock(zone, LocalDateTime.now(zone));
        Retention retention = new Retention(Duration.ofMinutes(10), Duration.ofDays(30), Duration.ofDays(1),
                Duration.ofMillis(200));
        StoreConfig config = StoreConfig.forTests(dataDir).withMenuResource(RunningStore.TEST_MENU).withClock(clock)
                .withSafeguards(Safeguards.standard().withRetention(retention));
        try (ServerLog log = ServerLog.into(dataDir.resolve("logs"));
             RunningStore store = new RunningStore(config);
             CafeConnection connection = CafeClients.connect(store.server().terminalConfig(Role.KIOSK))) {
            KioskClient kiosk = connection.kiosk();
            await().atMost(DEADLINE).until(() -> connection.state() == ConnectionState.CONNECTED);
            pay(kiosk, TestCards.APPROVE, OrderStatus.QUEUED);
            pay(kiosk, TestCards.INSUFFICIENT_FUNDS, OrderStatus.PAYMENT_FAILED);
            PlaceOrder declining = order(card(TestCards.DECLINE), 4_500, americano(1));
            OrderAccepted declined = pay(kiosk, declining, OrderStatus.PAYMENT_FAILED);
            kiosk.retryPayment(new RetryPayment(declined.orderId(), card(TestCards.APPROVE),
                    declining.idempotencyKey(), declined.paymentAttempt())).join();
            await().atMost(DEADLINE).until(() -> kiosk.order(declined.orderId()).join().status() == OrderStatus.QUEUED);
            LedgerAssertions.storeIsClean(dataDir);

            clock.set(LocalDateTime.now(zone).plusMinutes(11));
            await().atMost(DEADLINE).until(() -> store.query("ordering", "select count(*) from outbox") == 0);
            await().atMost(DEADLINE).until(() -> store.query("payment", "select count(*) from outbox") == 0);

            await().atMost(DEADLINE).untilAsserted(() -> assertThat(findings(dataDir)).isEmpty());
        }
        assertThat(findings(dataDir)).as("after a clean stop").isEmpty();
    }

    private static OrderAccepted pay(KioskClient kiosk, String token, OrderStatus outcome) {
        return pay(kiosk, order(card(token), 4_500, americano(1)), outcome);
    }

    private static OrderAccepted pay(KioskClient kiosk, PlaceOrder placing, OrderStatus outcome) {
        OrderAccepted order = kiosk.placeOrder(placing).join();
        await().atMost(DEADLINE).until(() -> kiosk.order(order.orderId()).join().status() == outcome);
        return order;
    }

    private static CardToken card(String token) {
        return new CardToken(token, "VISA", "4242");
    }

    /** Each secret found, with the file and the encoding it is in; a file gone meanwhile (a compaction's) is skipped. */
    private static List<String> findings(Path dataDir) throws Exception {
        List<String> found = new ArrayList<>();
        for (Path file : storedFiles(dataDir)) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                continue;
            }
            for (String secret : SECRETS) {
                for (Charset encoding : ENCODINGS) {
                    int at = indexOf(bytes, secret.getBytes(encoding));
                    if (at >= 0) {
                        found.add(dataDir.relativize(file) + " holds " + secret + " in " + encoding + " at " + at);
                    }
                }
            }
        }
        return found;
    }

    /** Every file under the folder; one renamed or deleted while the folder is read (a compaction's) is left out. */
    private static List<Path> storedFiles(Path dataDir) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(dataDir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile()) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                if (failure instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw failure;
            }
        });
        return files;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
