package cafe.client.jms;

import static org.awaitility.Awaitility.await;

import cafe.client.jms.CafeClients;
import cafe.client.CafeConnection;
import cafe.client.ConnectionState;
import cafe.client.TerminalConfig;
import java.time.Duration;

/**
 * Run in a JVM of its own by {@link CloseTest}: connects, calls, follows events, closes and
 * returns from main. The JVM must then end by itself, so no thread the client started is left.
 */
public final class ClosedClientProbe {

    private ClosedClientProbe() {
    }

    public static void main(String[] args) {
        TerminalConfig config = new TerminalConfig(args[0], "display", "pw", Duration.ofSeconds(10));
        CafeConnection connection = CafeClients.connect(config);
        await().atMost(Duration.ofSeconds(20)).until(() -> connection.state() == ConnectionState.CONNECTED);
        connection.board().onBoardChanged(board -> { });
        connection.board().pickupBoard().join();
        connection.close();
    }
}
