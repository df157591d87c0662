package cafe.core.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.contract.wire.Addresses;
import cafe.contract.wire.Role;
import cafe.core.platform.messaging.ExternalBrokerSettings;
import cafe.core.simulation.Simulation;
import cafe.core.simulation.SimulationReport;
import cafe.core.simulation.SimulationSettings;
import cafe.core.testing.ArtemisPair;
import cafe.core.testing.ServerRoom;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A StoreServer on a broker others run hangs, as a PC that froze or lost its power would: its
 * sockets stay open, so nothing tells the broker. The broker drops the server within seconds
 * (Artemis alone would wait a minute), so what the server had taken goes back to the queues for
 * another server; once the server runs again it reconnects by itself and serves the store.
 */
class FrozenServerTest {

    /** The connection's time to live, the broker's check every 2 s, and a busy machine's slack. */
    private static final Duration DROPPED_WITHIN = Duration.ofSeconds(20);
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final SimpleString ORDER_COMMANDS = SimpleString.of(Addresses.ORDER_COMMANDS);

    @TempDir
    Path folder;

    @Test
    void theBrokerDropsAFrozenServerWithinSecondsAndItServesAgainOnItsOwnOnceItRuns() throws Exception {
        Path logs = Files.createDirectories(Path.of("target"));
        try (ArtemisPair broker = ArtemisPair.startAlone(folder.resolve("broker"));
             ServerProcess server = ServerProcess.start(folder.resolve("server"), logs.resolve("frozen-server.log"),
                     "--settings", ServerRoom.write(folder, broker.settings()).toString());
             ServerLocator locator = ActiveMQClient.createServerLocator(broker.settings().servicesUrl());
             ClientSessionFactory sessions = locator.createSessionFactory();
             ClientSession observer = session(sessions, broker.settings())) {
            assertThat(consumersOfOrderCommands(observer)).as("the server takes the kiosks' orders").isPositive();

            server.freeze();
            await("the broker drops the frozen server").atMost(DROPPED_WITHIN)
                    .until(() -> consumersOfOrderCommands(observer) == 0);

            server.thaw();
            await("the server reconnects by itself").atMost(DEADLINE)
                    .until(() -> consumersOfOrderCommands(observer) > 0);
            SimulationReport report = Simulation.untraced(server.terminal(Role.KIOSK), server.terminal(Role.BARISTA),
                    new SimulationSettings(2, 1, 6, 0, Duration.ZERO, DEADLINE, 5)).run();
            assertThat(report.unfinished()).as(report.toString()).isEmpty();
            assertThat(report.pickedUp()).as(report.toString()).isEqualTo(6);
        }
    }

    private static ClientSession session(ClientSessionFactory sessions, ExternalBrokerSettings settings)
            throws Exception {
        return sessions.createSession(settings.user(), settings.password(), false, true, true, false, 0);
    }

    private static int consumersOfOrderCommands(ClientSession observer) throws Exception {
        return observer.queueQuery(ORDER_COMMANDS).getConsumerCount();
    }
}
