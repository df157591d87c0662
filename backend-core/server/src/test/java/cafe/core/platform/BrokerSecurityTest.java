package cafe.core.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cafe.contract.wire.Addresses;
import cafe.contract.wire.Role;
import cafe.core.platform.messaging.BrokerSettings;
import cafe.core.platform.messaging.EmbeddedBroker;
import cafe.core.platform.messaging.Topology;
import jakarta.jms.JMSSecurityException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokerSecurityTest {

    @TempDir
    Path dataDir;
    private BrokerSettings settings;
    private EmbeddedBroker broker;

    @BeforeEach
    void startBroker() {
        settings = new BrokerSettings(dataDir, "127.0.0.1", FreePort.find());
        broker = EmbeddedBroker.start(settings);
        broker.declareCommandQueue(Addresses.ORDER_COMMANDS);
        broker.declareCommandQueue(Addresses.BARISTA_COMMANDS);
        broker.declare(Topology.BARISTA_ORDER_EVENTS);
    }

    @AfterEach
    void stopBroker() {
        broker.close();
    }

    private TestTerminal as(Role role) throws Exception {
        return TestTerminal.connect(broker.localTerminalUrl(), role.user(), broker.password(role));
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThatThrownBy(() -> TestTerminal.connect(broker.localTerminalUrl(), "kiosk", "guess"))
                .isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void anUnknownUserIsRefused() {
        assertThatThrownBy(() -> TestTerminal.connect(broker.localTerminalUrl(), "services-x", "guess"))
                .isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void aKioskSendsOrdersButCannotReachTheBar() throws Exception {
        try (TestTerminal kiosk = as(Role.KIOSK)) {
            kiosk.sendToQueue(Addresses.ORDER_COMMANDS, "{}", Map.of("type", "GetOrder"));
            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(broker.depth(Addresses.ORDER_COMMANDS)).isEqualTo(1));

            assertThatThrownBy(() -> kiosk.sendToQueue(Addresses.BARISTA_COMMANDS, "{}",
                    Map.of("type", "MarkReady"))).isInstanceOf(JMSSecurityException.class);
            assertThat(broker.depth(Addresses.BARISTA_COMMANDS)).isZero();
        }
    }

    @Test
    void aKioskListensToOrderEventsButNeverDrainsAServiceQueue() throws Exception {
        try (TestTerminal kiosk = as(Role.KIOSK)) {
            kiosk.listen(Addresses.ORDER_EVENTS).close();
            assertThatThrownBy(() -> kiosk.consume(Topology.BARISTA_ORDER_EVENTS.fullyQualifiedName()))
                    .isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> kiosk.consume(Topology.BARISTA_ORDER_EVENTS.queue()))
                    .isInstanceOf(JMSSecurityException.class);
        }
    }

    @Test
    void aDisplayOnlyListensToTheBoard() throws Exception {
        try (TestTerminal display = as(Role.DISPLAY)) {
            display.listen(Addresses.BOARD_EVENTS).close();
            assertThatThrownBy(() -> display.listen(Addresses.ORDER_EVENTS)).isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> display.listen(Addresses.PAYMENT_REQUESTS))
                    .isInstanceOf(JMSSecurityException.class);
        }
    }

    @Test
    void passwordsSurviveARestart() throws Exception {
        String kioskPassword = broker.password(Role.KIOSK);
        broker.close();
        broker = EmbeddedBroker.start(settings);
        assertThat(broker.password(Role.KIOSK)).isEqualTo(kioskPassword);
        as(Role.KIOSK).close();
    }
}
