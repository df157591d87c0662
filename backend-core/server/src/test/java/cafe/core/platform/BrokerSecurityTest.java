package cafe.core.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cafe.contract.pairing.Pairing;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.Role;
import cafe.core.platform.messaging.BrokerSettings;
import cafe.core.platform.messaging.EmbeddedBroker;
import cafe.core.platform.messaging.Topology;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
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
        broker.declareCommandQueue(Addresses.NOTIFICATION_COMMANDS);
        broker.declareCommandQueue(Addresses.NOTIFICATION_MANAGER_COMMANDS);
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
    void onlyTheManagerReachesTheOrderDeskAndNoTerminalReadsIt() throws Exception {
        var desk = new String[] {Addresses.ORDER_MANAGER_COMMANDS, Addresses.PAYMENT_MANAGER_QUERIES,
                Addresses.BARISTA_MANAGER_QUERIES, Addresses.DEAD_LETTER_MANAGER_COMMANDS};
        for (String address : desk) {
            broker.declareCommandQueue(address);
        }
        for (Role role : new Role[] {Role.KIOSK, Role.BARISTA, Role.DISPLAY}) {
            try (TestTerminal terminal = as(role)) {
                for (String address : desk) {
                    assertThatThrownBy(() -> terminal.sendToQueue(address, "{}", Map.of("type", "FindOrders")))
                            .as(role.user() + " -> " + address).isInstanceOf(JMSSecurityException.class);
                }
            }
        }
        try (TestTerminal manager = as(Role.MANAGER)) {
            for (String address : desk) {
                manager.sendToQueue(address, "{}", Map.of("type", "FindOrders"));
                assertThatThrownBy(() -> manager.consume(address)).as("the manager drains " + address)
                        .isInstanceOf(JMSSecurityException.class);
            }
        }
        for (String address : desk) {
            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(broker.depth(address)).as(address).isEqualTo(1));
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
    void aConsoleFollowsTheBarOnItsFeedAndNotOnTheServicesCopy() throws Exception {
        try (TestTerminal console = as(Role.BARISTA)) {
            console.listen(Addresses.BARISTA_FEED).close();
            assertThatThrownBy(() -> console.listen(Addresses.BARISTA_EVENTS)).isInstanceOf(JMSSecurityException.class);
        }
        for (Role role : new Role[] {Role.KIOSK, Role.DISPLAY, Role.MANAGER}) {
            try (TestTerminal terminal = as(role)) {
                assertThatThrownBy(() -> terminal.listen(Addresses.BARISTA_FEED)).as(role.user())
                        .isInstanceOf(JMSSecurityException.class);
            }
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
    void noTerminalMayListenWhereCustomersContactsTravel() throws Exception {
        for (Role role : new Role[] {Role.KIOSK, Role.BARISTA, Role.DISPLAY}) {
            try (TestTerminal terminal = as(role)) {
                assertThatThrownBy(() -> terminal.listen(Addresses.ORDER_SERVICE_EVENTS))
                        .as(role.user()).isInstanceOf(JMSSecurityException.class);
            }
        }
    }

    @Test
    void onlyAKioskLeavesAContactAndOnlyTheManagerReachesTheReceipts() throws Exception {
        try (TestTerminal kiosk = as(Role.KIOSK); TestTerminal manager = as(Role.MANAGER)) {
            kiosk.sendToQueue(Addresses.NOTIFICATION_COMMANDS, "{}", Map.of("type", "LeaveContact"));
            manager.sendToQueue(Addresses.NOTIFICATION_MANAGER_COMMANDS, "{}", Map.of("type", "FindReceipt"));
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                assertThat(broker.depth(Addresses.NOTIFICATION_COMMANDS)).isEqualTo(1);
                assertThat(broker.depth(Addresses.NOTIFICATION_MANAGER_COMMANDS)).isEqualTo(1);
            });
        }
        for (Role role : new Role[] {Role.KIOSK, Role.BARISTA, Role.DISPLAY}) {
            try (TestTerminal terminal = as(role)) {
                assertThatThrownBy(() -> terminal.sendToQueue(Addresses.NOTIFICATION_MANAGER_COMMANDS, "{}",
                        Map.of("type", "FindReceipt"))).as(role.user()).isInstanceOf(JMSSecurityException.class);
            }
        }
        for (Role role : new Role[] {Role.BARISTA, Role.DISPLAY, Role.MANAGER}) {
            try (TestTerminal terminal = as(role)) {
                assertThatThrownBy(() -> terminal.sendToQueue(Addresses.NOTIFICATION_COMMANDS, "{}",
                        Map.of("type", "LeaveContact"))).as(role.user()).isInstanceOf(JMSSecurityException.class);
            }
        }
    }

    @Test
    void noTerminalMayMakeAnAddressOrQueueOfItsOwn() throws Exception {
        for (Role role : new Role[] {Role.KIOSK, Role.BARISTA, Role.DISPLAY}) {
            try (TestTerminal terminal = as(role)) {
                assertThatThrownBy(() -> terminal.sendToQueue("stash", "{}", Map.of()))
                        .as(role.user()).isInstanceOf(JMSSecurityException.class);
                assertThatThrownBy(() -> terminal.consume("stash")).as(role.user())
                        .isInstanceOf(JMSSecurityException.class);
                assertThatThrownBy(() -> terminal.listen("stash")).as(role.user())
                        .isInstanceOf(JMSSecurityException.class);
            }
        }
    }

    @Test
    void aTerminalsReplyQueueDropsWhatItCannotHoldAndCannotFillTheDisk() throws Exception {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(broker.localTerminalUrl());
        factory.setCallTimeout(2_000);
        long brokerBytesBefore = sizeOf(dataDir.resolve("broker"));
        try (Connection connection = factory.createConnection(Role.KIOSK.user(), broker.password(Role.KIOSK))) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            TemporaryQueue own = session.createTemporaryQueue();
            MessageProducer producer = persistentProducer(session, own);
            MessageConsumer reader = session.createConsumer(own);
            producer.send(session.createTextMessage("a reply"));
            assertThat(((TextMessage) reader.receive(5_000)).getText()).isEqualTo("a reply");

            String fiftyKilobytes = "x".repeat(25_000);
            for (int i = 0; i < 100; i++) {
                producer.send(session.createTextMessage(fiftyKilobytes));
            }
            int kept = 0;
            while (reader.receive(1_000) != null) {
                kept++;
            }
            assertThat(kept).as("messages of 50 KB the queue kept of 100 sent").isBetween(1, 11);
            producer.send(session.createTextMessage("a reply after the queue was read"));
            assertThat(((TextMessage) reader.receive(5_000)).getText()).isEqualTo("a reply after the queue was read");
        }
        try (Connection connection = factory.createConnection(Role.KIOSK.user(), broker.password(Role.KIOSK))) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = persistentProducer(session, session.createTemporaryQueue());
            assertThatThrownBy(() -> producer.send(session.createTextMessage("x".repeat(512 * 1024))))
                    .isInstanceOf(JMSException.class);
        }
        assertThat(sizeOf(dataDir.resolve("broker")) - brokerBytesBefore).as("bytes the broker wrote")
                .isLessThan(1024 * 1024);
    }

    @Test
    void thePairingUserWhosePasswordIsPublicServesEightTerminalsPairingAtOnceAndNoMore() throws Exception {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(broker.localTerminalUrl());
        factory.setCallTimeout(2_000);
        List<JMSContext> pairing = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                JMSContext terminal = factory.createContext(Pairing.BROKER_USER, Pairing.BROKER_PASSWORD);
                pairing.add(terminal);
                terminal.createTemporaryQueue();
            }
            assertThatThrownBy(() -> pairing.get(0).createTemporaryQueue()).as("a ninth queue")
                    .isInstanceOf(JMSRuntimeException.class);
            assertThatThrownBy(() -> factory.createContext(Pairing.BROKER_USER, Pairing.BROKER_PASSWORD)
                    .createTemporaryQueue()).as("a ninth terminal").isInstanceOf(JMSRuntimeException.class);
        } finally {
            pairing.forEach(JMSContext::close);
        }
    }

    private static MessageProducer persistentProducer(Session session, TemporaryQueue queue) throws JMSException {
        MessageProducer producer = session.createProducer(queue);
        producer.setDeliveryMode(DeliveryMode.PERSISTENT);
        return producer;
    }

    private static long sizeOf(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    @Test
    void onlyTheManagerReachesTheDaysReports() throws Exception {
        List<String> reports = List.of(Addresses.ORDER_REPORTS, Addresses.PAYMENT_REPORTS, Addresses.BARISTA_REPORTS);
        for (Role role : new Role[] {Role.KIOSK, Role.BARISTA, Role.DISPLAY}) {
            try (TestTerminal terminal = as(role)) {
                for (String queue : reports) {
                    assertThatThrownBy(() -> terminal.sendToQueue(queue, "{}", Map.of("type", "GetOrderSales")))
                            .as(role.user() + " on " + queue).isInstanceOf(JMSSecurityException.class);
                }
            }
        }
        try (TestTerminal manager = as(Role.MANAGER)) {
            for (String queue : reports) {
                manager.sendToQueue(queue, "{}", Map.of("type", "GetOrderSales"));
            }
        }
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(reports).allSatisfy(queue ->
                assertThat(broker.depth(queue)).as(queue).isEqualTo(1)));
    }

    @Test
    void theJournalsFolderAndThePasswordsAreTheServersAloneWhateverTheDataFolderAllows() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("broker"))))
                .as("the journal holds card tokens until they are trimmed").isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("users.properties"))))
                .isEqualTo("rw-------");
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
