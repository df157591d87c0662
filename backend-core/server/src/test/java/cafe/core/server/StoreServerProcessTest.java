package cafe.core.server;

import static cafe.core.order.Carts.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.client.TerminalConfig;
import cafe.contract.order.CartLine;
import cafe.contract.order.OrderAccepted;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Reply;
import cafe.core.platform.FreePort;
import cafe.core.platform.TestTerminal;
import cafe.core.testing.ShortLivedServers;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cafe-server} as its own process, the way {@code ./cafe server} and the service start it:
 * it logs one line per event with the orderId to {@code <log-dir>/server.log}, its start on the
 * console too, and stops cleanly on SIGTERM.
 */
class StoreServerProcessTest {

    private static final Duration DEADLINE = Duration.ofSeconds(90);

    @TempDir
    Path dataDir;
    @TempDir
    Path logDir;

    @Test
    void theServerLogsEachEventWithItsOrderToARollingFileAndStopsOnSigterm() throws Exception {
        Path serverLog = logDir.resolve("server.log");
        Process server = start(serverLog);
        try {
            OrderAccepted placed = placeOrder();
            await().atMost(DEADLINE).until(() -> lines(serverLog).stream()
                    .anyMatch(l -> l.contains("order=" + placed.orderId()) && l.contains("paid")));
            assertThat(lines(serverLog)).filteredOn(l -> l.contains(placed.orderId())).as("its placing among them")
                    .anyMatch(l -> l.contains(" placed at kiosk "))
                    .allMatch(l -> l.contains("order=" + placed.orderId()), "a line of the order carries its orderId");

            server.destroy();

            assertThat(server.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(lines(serverLog)).last().asString().contains("store server stopped");
            assertThat(lines(serverLog)).allMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} .*"),
                    "one line per event").noneMatch(l -> l.contains("AMQ22216"));
            assertThat(Files.readString(dataDir.resolve("console.txt"))).contains("store server ready")
                    .as("each order's events are written once, to server.log").doesNotContain(placed.orderId())
                    .as("a terminal's own queues warn nothing").doesNotContain("AMQ22216")
                    .as("logback finds nothing to complain of in its configuration").doesNotContain(" |-");
        } finally {
            server.destroyForcibly();
        }
    }

    @Test
    void aDiskErrorUnderADatabasesLogEndsTheServerAtOnceWithExitCode1AndSaysWhy() throws Exception {
        Path serverLog = logDir.resolve("server.log");
        Process server = start(serverLog);
        Path pipe = dataDir.resolve("ordering.pipe");
        try {
            assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
            // SQLite's connections keep the log they hold open; the next sync or checkpoint (every
            // 500 ms) opens a pipe by that name instead, which can be neither read as a log nor
            // synced: an I/O error, as on a failing disk
            try (RandomAccessFile reader = new RandomAccessFile(pipe.toFile(), "rw")) {
                Files.move(pipe, dataDir.resolve("ordering.db-wal"), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);

                assertThat(server.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();
            }
            assertThat(server.exitValue()).as("the service manager starts it again").isOne();
            assertThat(lines(serverLog)).anyMatch(l -> l.contains("ERROR") && l.matches(".*the store server stops at "
                    + "once: the ordering database's .* could not be synced to the disk.*"))
                    .as("nothing is closed: a close would checkpoint a log the disk may not hold")
                    .noneMatch(l -> l.contains("store server stopped"));
        } finally {
            server.destroyForcibly();
        }
    }

    /** Started as the service starts it, with a card network that answers at once; returns once it is ready. */
    private Process start(Path serverLog) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ShortLivedServers.JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), StoreServerMain.class.getName(),
                "--data", dataDir.toString(), "--port", String.valueOf(FreePort.find()),
                "--lan-port", String.valueOf(FreePort.find()), "--bind", "127.0.0.1", "--log-dir", logDir.toString(),
                "--gateway-latency-ms", "0", "--gateway-decline-rate", "0"));
        Process server = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("console.txt").toFile()).start();
        try {
            await().atMost(DEADLINE).until(() -> lines(serverLog).stream().anyMatch(l -> l.contains("store server ready")));
            return server;
        } catch (RuntimeException | Error notReady) {
            server.destroyForcibly();
            throw notReady;
        }
    }

    /** A kiosk's order of the bundled menu's salt bread (3,500 won, no options). */
    private OrderAccepted placeOrder() throws Exception {
        TerminalConfig kiosk = TerminalConfig.load(dataDir.resolve("terminals/kiosk.properties"));
        try (TestTerminal terminal = TestTerminal.connect(kiosk.brokerUrl(), kiosk.user(), kiosk.password())) {
            Reply reply = terminal.request(Addresses.ORDER_COMMANDS, MessageTypes.PLACE_ORDER,
                    order(3_500, new CartLine("salt-bread", List.of(), 1)));
            assertThat(reply.isOk()).as(reply.message()).isTrue();
            return terminal.json().convertValue(reply.data(), OrderAccepted.class);
        }
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }
}
