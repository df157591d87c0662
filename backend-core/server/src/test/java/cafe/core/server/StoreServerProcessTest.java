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
import java.nio.file.Files;
import java.nio.file.Path;
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
            TerminalConfig kiosk = TerminalConfig.load(dataDir.resolve("terminals/kiosk.properties"));
            OrderAccepted placed;
            try (TestTerminal terminal = TestTerminal.connect(kiosk.brokerUrl(), kiosk.user(), kiosk.password())) {
                // the bundled menu: a salt bread, 3,500 won, no options
                Reply reply = terminal.request(Addresses.ORDER_COMMANDS, MessageTypes.PLACE_ORDER,
                        order(3_500, new CartLine("salt-bread", List.of(), 1)));
                assertThat(reply.isOk()).as(reply.message()).isTrue();
                placed = terminal.json().convertValue(reply.data(), OrderAccepted.class);
            }
            await().atMost(DEADLINE).until(() -> lines(serverLog).stream()
                    .anyMatch(l -> l.contains("order=" + placed.orderId()) && l.contains("paid")));

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

    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }
}
