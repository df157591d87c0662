package cafe.client.jms;

import static cafe.client.jms.TerminalProbe.failureOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.client.CafeConnection;
import cafe.client.ConnectionState;
import cafe.client.Subscription;
import cafe.client.TerminalConfig;
import cafe.contract.barista.TicketAction;
import cafe.contract.order.OrderUpdate;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.ErrorCode;
import cafe.contract.wire.MessageTypes;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The least a terminal needs from the broker's security settings, which the StoreServer must
 * grant: send on its command and query addresses; create/delete non-durable queue and consume on
 * the event addresses it follows; and, for its temporary reply queue, create/delete address,
 * create/delete non-durable queue and consume under the temporary queue namespace ("temp.#"),
 * where the server itself needs send.
 */
class RolePermissionsTest {

    @TempDir
    Path home;

    private static final Map<String, Set<Role>> KIOSK_PERMISSIONS = Map.of(
            "#", Set.of(everything("store")),
            "temp.#", Set.of(everything("store"), ownReplyQueue("kiosk")),
            Addresses.ORDER_COMMANDS, Set.of(everything("store"), sendOnly("kiosk")),
            Addresses.MENU_QUERIES, Set.of(everything("store"), sendOnly("kiosk")),
            Addresses.ORDER_EVENTS, Set.of(everything("store"), listen("kiosk")));

    @Test
    void aKioskWorksWithOnlyItsOwnAddressesAndIsRefusedTheBar() {
        try (TestBroker broker = TestBroker.startSecured(home, storeAndKiosk(), KIOSK_PERMISSIONS);
             StubStore store = StubStore.start(broker.url(), "store", "store-pw").withAddress(Addresses.ORDER_EVENTS);
             CafeConnection kiosk = kioskOn(broker)) {
            List<OrderUpdate> updates = followedOnceConnected(kiosk);
            store.answerOk(MessageTypes.GET_MENU, Samples.menu(1));

            assertThat(kiosk.kiosk().menu().join()).isEqualTo(Samples.menu(1));
            store.publish(Addresses.ORDER_EVENTS, MessageTypes.ORDER_UPDATED, "o-1", Samples.paid("o-1"));
            await().atMost(TerminalProbe.PATIENCE).until(() -> updates.contains(Samples.paid("o-1")));
            assertThat(failureOf(kiosk.barista().markReady(new TicketAction("o-1", "bar-1"))).code())
                    .isEqualTo(ErrorCode.FORBIDDEN);
            assertThat(kiosk.state()).isEqualTo(ConnectionState.CONNECTED);
        }
    }

    @Test
    void aTerminalWhoseFeedTheStoreDeclaresLateSaysConnectedOnceItFollowsIt() {
        try (FeedTries tries = FeedTries.heard();
             TestBroker broker = TestBroker.startSecured(home, storeAndKiosk(), KIOSK_PERMISSIONS);
             StubStore store = StubStore.start(broker.url(), "store", "store-pw");
             CafeConnection kiosk = CafeClients.prepare(kioskConfig(broker));
             TerminalProbe probe = new TerminalProbe(kiosk)) {
            List<OrderUpdate> updates = new CopyOnWriteArrayList<>();
            kiosk.kiosk().onOrderUpdate(updates::add); // as a screen does, before its terminal connects
            kiosk.start();
            await().atMost(TerminalProbe.PATIENCE).until(() -> tries.refusals() >= 1);

            assertThat(failureOf(kiosk.kiosk().menu()).code()).as("a screen that cannot follow is not open yet")
                    .isEqualTo(ErrorCode.NOT_CONNECTED);
            assertThat(probe.states()).doesNotContain(ConnectionState.CONNECTED);
            store.withAddress(Addresses.ORDER_EVENTS); // the server has finished starting

            probe.awaitState(ConnectionState.CONNECTED);
            store.publish(Addresses.ORDER_EVENTS, MessageTypes.ORDER_UPDATED, "o-1", Samples.paid("o-1"));
            await().atMost(TerminalProbe.PATIENCE).until(() -> updates.contains(Samples.paid("o-1")));
            assertThat(connectedCount(probe)).as("told once, after the feed opened").isEqualTo(1);
        }
    }

    @Test
    void aTerminalRefusedAFeedItsRoleMayNotReadNeverSaysItIsConnected() {
        try (FeedTries tries = FeedTries.heard();
             TestBroker broker = TestBroker.startSecured(home, storeAndKiosk(), KIOSK_PERMISSIONS);
             StubStore store = StubStore.start(broker.url(), "store", "store-pw").withAddress(Addresses.BARISTA_FEED);
             CafeConnection kiosk = CafeClients.prepare(kioskConfig(broker));
             TerminalProbe probe = new TerminalProbe(kiosk)) {
            // a terminal file of the wrong role: a kiosk's user on a screen that follows the bar
            Subscription bar = kiosk.barista().onTicketEvent(event -> { });
            kiosk.start();
            await().atMost(TerminalProbe.PATIENCE).until(() -> tries.refusals() >= 1);

            assertThat(failureOf(kiosk.kiosk().menu()).code()).isEqualTo(ErrorCode.NOT_CONNECTED);
            assertThat(probe.states()).containsExactly(ConnectionState.CONNECTING);
            bar.close();

            probe.awaitState(ConnectionState.CONNECTED);
        }
    }

    @Test
    void aFeedRefusedWhileConnectedDoesNotStopRequestsAndIsFollowedOnceItOpens() {
        try (FeedTries tries = FeedTries.heard();
             TestBroker broker = TestBroker.startSecured(home, storeAndKiosk(), KIOSK_PERMISSIONS);
             StubStore store = StubStore.start(broker.url(), "store", "store-pw");
             CafeConnection kiosk = kioskOn(broker);
             TerminalProbe probe = new TerminalProbe(kiosk)) {
            probe.awaitState(ConnectionState.CONNECTED);
            List<OrderUpdate> updates = new CopyOnWriteArrayList<>();
            kiosk.kiosk().onOrderUpdate(updates::add);
            await().atMost(TerminalProbe.PATIENCE).until(() -> tries.refusals() >= 1);

            store.answerOk(MessageTypes.GET_MENU, Samples.menu(1));
            assertThat(kiosk.kiosk().menu().join()).as("requests still go").isEqualTo(Samples.menu(1));
            store.withAddress(Addresses.ORDER_EVENTS);
            await().atMost(TerminalProbe.PATIENCE).until(() -> connectedCount(probe) == 2);

            store.publish(Addresses.ORDER_EVENTS, MessageTypes.ORDER_UPDATED, "o-1", Samples.paid("o-1"));
            await().atMost(TerminalProbe.PATIENCE).until(() -> updates.contains(Samples.paid("o-1")));
        }
    }

    @Test
    void feedsRefusedWhileConnectedThatOpenOneByOneTellTheScreensToReadAgainOnceAllAre() {
        try (FeedTries tries = FeedTries.heard();
             TestBroker broker = TestBroker.startSecured(home, storeAndKiosk(), KIOSK_PERMISSIONS);
             StubStore store = StubStore.start(broker.url(), "store", "store-pw").withAddress(Addresses.BARISTA_FEED);
             CafeConnection kiosk = kioskOn(broker);
             TerminalProbe probe = new TerminalProbe(kiosk)) {
            probe.awaitState(ConnectionState.CONNECTED);
            kiosk.kiosk().onOrderUpdate(update -> { });
            Subscription bar = kiosk.barista().onTicketEvent(event -> { });
            await().atMost(TerminalProbe.PATIENCE).until(() -> tries.refusals() >= 2);

            store.withAddress(Addresses.ORDER_EVENTS);
            await().atMost(TerminalProbe.PATIENCE).until(() -> tries.followed() >= 1);
            assertThat(connectedCount(probe)).as("the bar's feed is still refused").isEqualTo(1);
            bar.close();

            await().atMost(TerminalProbe.PATIENCE).until(() -> connectedCount(probe) == 2);
        }
    }

    private static long connectedCount(TerminalProbe probe) {
        return probe.states().stream().filter(state -> state == ConnectionState.CONNECTED).count();
    }

    /** The event feeds' refusals, from their log. */
    private static final class FeedTries implements AutoCloseable {

        private final Logger logger = (Logger) LoggerFactory.getLogger(EventFeeds.class);
        private final Level levelBefore = logger.getLevel();
        private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

        static FeedTries heard() {
            FeedTries tries = new FeedTries();
            tries.lines.start();
            tries.logger.addAppender(tries.lines);
            tries.logger.setLevel(Level.INFO);
            return tries;
        }

        long refusals() {
            return count("cannot follow");
        }

        long followed() {
            return count("now following");
        }

        private long count(String words) {
            return lines.list.stream().map(ILoggingEvent::getFormattedMessage)
                    .filter(line -> line.contains(words)).count();
        }

        @Override
        public void close() {
            logger.detachAppender(lines);
            logger.setLevel(levelBefore);
        }
    }

    private static CafeConnection kioskOn(TestBroker broker) {
        return CafeClients.connect(kioskConfig(broker));
    }

    private static TerminalConfig kioskConfig(TestBroker broker) {
        return new TerminalConfig(broker.url(), "kiosk", "kiosk-pw", Duration.ofSeconds(5));
    }

    /** The order updates the kiosk hears, once it is connected. */
    private static List<OrderUpdate> followedOnceConnected(CafeConnection kiosk) {
        List<OrderUpdate> updates = new CopyOnWriteArrayList<>();
        kiosk.kiosk().onOrderUpdate(updates::add);
        try (TerminalProbe probe = new TerminalProbe(kiosk)) {
            probe.awaitState(ConnectionState.CONNECTED);
        }
        return updates;
    }

    private static SecurityConfiguration storeAndKiosk() {
        SecurityConfiguration users = new SecurityConfiguration();
        users.addUser("store", "store-pw");
        users.addRole("store", "store");
        users.addUser("kiosk", "kiosk-pw");
        users.addRole("kiosk", "kiosk");
        return users;
    }

    private static Role everything(String role) {
        return new Role(role, true, true, true, true, true, true, true, true, true, true, false, false);
    }

    private static Role sendOnly(String role) {
        Role permission = new Role();
        permission.setName(role);
        permission.setSend(true);
        return permission;
    }

    /** Temporary queues are matched under the broker's temporary queue namespace ("temp."). */
    private static Role ownReplyQueue(String role) {
        Role permission = listen(role);
        permission.setCreateAddress(true);
        permission.setDeleteAddress(true);
        return permission;
    }

    private static Role listen(String role) {
        Role permission = new Role();
        permission.setName(role);
        permission.setCreateNonDurableQueue(true);
        permission.setDeleteNonDurableQueue(true);
        permission.setConsume(true);
        return permission;
    }
}
