package cafe.core.server;

import static cafe.client.ConnectionState.CONNECTED;
import static cafe.client.ConnectionState.RECONNECTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.client.CafeClients;
import cafe.client.CafeConnection;
import cafe.client.ConnectionState;
import cafe.contract.wire.Role;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A terminal left open while the StoreServer in the same JVM stops and starts again (as in the
 * apps' end-to-end tests) finds it again: stopping the broker must not take the JVM's Artemis
 * client threads with it.
 */
class TerminalThroughRestartTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @TempDir
    Path dataDir;

    @Test
    void aTerminalLeftOpenReconnectsToTheRestartedServerAndIsAnsweredAgain() throws Exception {
        try (RunningStore store = RunningStore.withTestMenu(dataDir);
             CafeConnection kiosk = CafeClients.connect(store.server().terminalConfig(Role.KIOSK))) {
            List<ConnectionState> states = new CopyOnWriteArrayList<>();
            kiosk.onStateChange(states::add);
            await().atMost(PATIENCE).until(() -> kiosk.state() == CONNECTED);

            store.restart();

            await().atMost(PATIENCE).until(() -> states.contains(RECONNECTING) && kiosk.state() == CONNECTED);
            assertThat(kiosk.kiosk().menu().get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS).item("americano"))
                    .isPresent();
        }
    }
}
