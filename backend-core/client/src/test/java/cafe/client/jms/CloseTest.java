package cafe.client.jms;

import static cafe.client.jms.TerminalProbe.failureOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.client.jms.CafeClients;
import cafe.client.CafeConnection;
import cafe.client.ConnectionState;
import cafe.contract.wire.ErrorCode;
import cafe.contract.wire.MessageTypes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloseTest {

    @TempDir
    static Path home;
    static StubServer server;

    @BeforeAll
    static void startServer() {
        server = StubServer.start(home);
        server.store().answerOk(MessageTypes.GET_PICKUP_BOARD, Samples.board(1, "o-1"));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void closingEndsPendingCallsAndLaterOnesAndSaysClosed() {
        int stubConnections = server.broker().connectionCount();
        CafeConnection connection = CafeClients.connect(server.terminal(Duration.ofSeconds(60)));
        TerminalProbe probe = new TerminalProbe(connection);
        probe.awaitState(ConnectionState.CONNECTED);
        CompletableFuture<?> unanswered = connection.barista().dayStats();

        connection.close();

        assertThat(connection.state()).isEqualTo(ConnectionState.CLOSED);
        probe.awaitState(ConnectionState.CLOSED);
        assertThat(failureOf(unanswered).code()).isEqualTo(ErrorCode.NOT_CONNECTED);
        assertThat(failureOf(connection.board().pickupBoard()).code()).isEqualTo(ErrorCode.NOT_CONNECTED);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(
                thread -> thread.getName().startsWith("cafe-kiosk-link") && thread.isAlive());
        await().atMost(TerminalProbe.PATIENCE)
                .untilAsserted(() -> assertThat(server.broker().connectionCount()).isEqualTo(stubConnections));
    }

    @Test
    void aJvmWhoseClientWasClosedEndsByItself() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                ClosedClientProbe.class.getName(), server.broker().url()))
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("probe.log").toFile())
                .start();

        boolean ended = child.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly();
        }

        assertThat(ended).as("the probe JVM ended by itself; see " + home.resolve("probe.log")).isTrue();
        assertThat(child.exitValue()).isZero();
    }
}
