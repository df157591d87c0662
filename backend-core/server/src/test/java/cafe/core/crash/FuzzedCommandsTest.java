package cafe.core.crash;

import static cafe.core.order.Carts.americano;
import static cafe.core.order.Carts.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cafe.contract.order.OrderAccepted;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.ErrorCode;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Reply;
import cafe.contract.wire.Role;
import cafe.core.deadletter.DeadLetterContext;
import cafe.core.platform.TestTerminal;
import cafe.core.platform.messaging.BrokerUsers;
import cafe.core.platform.messaging.ExternalBrokerSettings;
import cafe.core.platform.messaging.Topology;
import cafe.core.server.LedgerAssertions;
import cafe.core.server.RunningStore;
import jakarta.jms.JMSSecurityException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every role (kiosk, barista console, pickup display and the services' own user) sends a few hundred
 * requests no honest terminal sends, drawn from a seeded random ({@link FuzzedRequests}), to every
 * command and query queue it may reach. Each gets an error reply that names what is wrong (never an
 * internal error), or the broker refuses the send where the role may not send; a query that reads no
 * body answers as usual. Nothing goes to the dead letters, a normal order is taken afterwards, and
 * the ledger is clean.
 */
class FuzzedCommandsTest {

    private static final long SEED = 20261204L;
    private static final int REQUESTS_PER_ROLE = 80;
    /** Sent at once, as several kiosks would; their replies fit a terminal's reply queue. */
    private static final int BATCH = 20;
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String SERVICES = "services";
    /** Each role and the queues it may send to, in a fixed order so the seed gives the same requests. */
    private static final List<Map.Entry<String, Set<String>>> MAY_SEND = List.of(
            Map.entry(Role.KIOSK.user(), Set.of(Addresses.ORDER_COMMANDS, Addresses.MENU_QUERIES,
                    Addresses.BARISTA_QUERIES)),
            Map.entry(Role.BARISTA.user(), Set.of(Addresses.ORDER_STAFF_COMMANDS, Addresses.MENU_QUERIES,
                    Addresses.MENU_COMMANDS, Addresses.BARISTA_COMMANDS, Addresses.BARISTA_QUERIES,
                    Addresses.BOARD_QUERIES)),
            Map.entry(Role.DISPLAY.user(), Set.of(Addresses.BOARD_QUERIES)),
            Map.entry(SERVICES, FuzzedRequests.QUEUES.keySet()));
    private static final List<String> EVENT_ADDRESSES = List.of(Addresses.ORDER_EVENTS,
            Addresses.ORDER_SERVICE_EVENTS, Addresses.PAYMENT_REQUESTS, Addresses.PAYMENT_EVENTS,
            Addresses.BARISTA_EVENTS, Addresses.BARISTA_FEED, Addresses.MENU_EVENTS, Addresses.BOARD_EVENTS, Addresses.DEAD_LETTERS);

    @TempDir
    Path dataDir;

    @Test
    void everyRoleSendingNonsenseIsToldWhatIsWrongAndTheStoreGoesOnTakingOrders() throws Exception {
        try (RunningStore store = RunningStore.withTestMenu(dataDir)) {
            FuzzedRequests fuzz = new FuzzedRequests(SEED, store.terminal(Role.KIOSK).json());
            for (var role : MAY_SEND) {
                try (TestTerminal terminal = connect(store, role.getKey())) {
                    assertRefusedElsewhere(terminal, role.getKey(), role.getValue());
                    List<String> queues = role.getValue().stream().sorted().toList();
                    for (int sent = 0; sent < REQUESTS_PER_ROLE; sent += BATCH) {
                        List<FuzzedRequests.Request> batch = Stream.generate(() -> fuzz.next(queues)).limit(BATCH).toList();
                        List<Reply> replies = terminal.requestAll(batch.stream().map(request ->
                                new TestTerminal.Request(request.queue(), request.type(), request.body())).toList());
                        for (int i = 0; i < BATCH; i++) {
                            assertAnsweredRightly(batch.get(i), replies.get(i));
                        }
                    }
                }
            }

            for (String queue : FuzzedRequests.QUEUES.keySet()) {
                assertThat(store.server().queueDepth(queue)).as("left on " + queue).isZero();
            }
            assertThat(store.server().queueDepth(Topology.DEAD_LETTERS.queue())).as("dead letters").isZero();
            assertThat(store.query(DeadLetterContext.DATABASE, "select count(*) from dead_letter")).isZero();
            assertThat(store.query("ordering", "select count(*) from customer_order")).as("orders taken").isZero();
            takesANormalOrder(store);
            LedgerAssertions.storeIsClean(store.databases());
        }
    }

    private static void assertAnsweredRightly(FuzzedRequests.Request request, Reply reply) {
        assertThat(reply).as("a reply to " + request).isNotNull();
        if (!request.knownType()) {
            assertThat(reply.code()).as(request.toString()).isEqualTo(ErrorCode.UNKNOWN_REQUEST.name());
        } else if (FuzzedRequests.BODILESS.contains(request.type())) {
            assertThat(reply.isOk()).as(request + " -> " + reply.message()).isTrue();
        } else {
            assertThat(reply.status()).as(request.toString()).isEqualTo(Reply.ERROR);
            assertThat(reply.code()).as(request + " -> " + reply.message())
                    .isNotIn(ErrorCode.INTERNAL_ERROR.name(), ErrorCode.TIMEOUT.name());
            assertThat(reply.message()).as(request.toString()).isNotBlank();
        }
    }

    /** Where the role may not send, the broker refuses before anything is stored. */
    private static void assertRefusedElsewhere(TestTerminal terminal, String role, Set<String> maySend) {
        if (role.equals(SERVICES)) {
            return;
        }
        for (String queue : FuzzedRequests.QUEUES.keySet()) {
            if (!maySend.contains(queue)) {
                assertThatThrownBy(() -> terminal.sendToQueue(queue, "{}", Map.of("type", MessageTypes.GET_ORDER)))
                        .as(role + " on " + queue).isInstanceOf(JMSSecurityException.class);
            }
        }
        for (String address : EVENT_ADDRESSES) {
            assertThatThrownBy(() -> terminal.publish(address, "{}", Map.of("type", "OrderPaid")))
                    .as(role + " on " + address).isInstanceOf(JMSSecurityException.class);
        }
    }

    private static TestTerminal connect(RunningStore store, String user) throws Exception {
        if (!user.equals(SERVICES)) {
            return store.terminal(Role.valueOf(user.toUpperCase()));
        }
        String url = store.server().terminalConfig(Role.KIOSK).brokerUrl();
        Optional<ExternalBrokerSettings> external = store.config().externalBroker();
        if (external.isPresent()) {
            return TestTerminal.connect(url, external.get().user(), external.get().password());
        }
        String password = BrokerUsers.loadOrCreate(store.config().dataDir().resolve("users.properties"))
                .password(SERVICES);
        return TestTerminal.connect(url, SERVICES, password);
    }

    private static void takesANormalOrder(RunningStore store) throws Exception {
        TestTerminal kiosk = store.terminal(Role.KIOSK);
        Reply reply = kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.PLACE_ORDER, order(4_500, americano(1)));
        assertThat(reply.isOk()).as(reply.message()).isTrue();
        String orderId = kiosk.json().convertValue(reply.data(), OrderAccepted.class).orderId();
        await().atMost(DEADLINE).until(() -> store.query("barista",
                "select count(*) from ticket where order_id = '" + orderId + "'") == 1);
    }
}
