package cafe.core.testing;

import cafe.contract.wire.Headers;
import cafe.contract.wire.Json;
import cafe.contract.wire.Reply;
import cafe.contract.wire.Role;
import cafe.core.barista.BaristaContext;
import cafe.core.barista.application.BarSettings;
import cafe.core.notification.CustomerReach;
import cafe.core.notification.NotificationContext;
import cafe.core.notification.domain.Retries;
import cafe.core.payment.PaymentContext;
import cafe.core.payment.adapter.gateway.SimulatedGateway;
import cafe.core.platform.FreePort;
import cafe.core.platform.StorePlatform;
import cafe.core.platform.TestTerminal;
import cafe.core.platform.messaging.BrokerSettings;
import cafe.core.platform.messaging.EmbeddedBroker;
import cafe.core.platform.messaging.Topology;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * The store's broker with the payment, barista and notification contexts on the real platform,
 * SQLite files in a test folder, and a simulated card network the test can ask about. Tests play
 * the other contexts (ordering) by publishing their events as the admin user.
 */
public final class FlowStore implements AutoCloseable {

    private final Path dataDir;
    private final EmbeddedBroker broker;
    private final StorePlatform platform;
    private final NotificationContext notification;
    private final SimulatedGateway gateway;
    private final SlowRefunds refunds;
    private final TestTerminal admin;
    private final ObjectMapper json = Json.newMapper();

    private FlowStore(Path dataDir) throws Exception {
        this.dataDir = dataDir;
        this.gateway = new SimulatedGateway(Duration.ZERO, Duration.ofMillis(200), 0, new Random(7));
        this.broker = EmbeddedBroker.start(new BrokerSettings(dataDir, "127.0.0.1", FreePort.find()));
        this.platform = new StorePlatform(broker, dataDir, Clock.systemDefaultZone(), json);
        this.notification = new NotificationContext(CustomerReach.loggedOnly(dataDir), 4, Retries.STANDARD);
        this.refunds = new SlowRefunds(gateway);
        new PaymentContext(refunds, Duration.ofSeconds(1), BarSettings.standard().dayStartHour()).wire(platform);
        new BaristaContext(BarSettings.standard()).wire(platform);
        notification.wire(platform);
        platform.open();
        this.admin = terminal(Role.ADMIN);
    }

    public static FlowStore start(Path dataDir) throws Exception {
        return new FlowStore(dataDir);
    }

    /** A terminal connected over TCP as a role. */
    public TestTerminal terminal(Role role) throws Exception {
        return TestTerminal.connect(broker.localTerminalUrl(), role.user(), broker.password(role));
    }

    /** Follows an event address as a role would. */
    public EventTap tap(Role role, String address) throws Exception {
        return EventTap.listen(broker.localTerminalUrl(), role.user(), broker.password(role), address);
    }

    /** Publishes an internal event as another context's outbox relay would; returns its eventId. */
    public String publish(String address, String orderId, Object body) throws Exception {
        return publish(address, orderId, body, UUID.randomUUID().toString());
    }

    /** Publishes an event with a given eventId, e.g. the same one again as a redelivery. */
    public String publish(String address, String orderId, Object body, String eventId) throws Exception {
        return publish(address, body.getClass().getSimpleName(), orderId, body, eventId);
    }

    /** Publishes an event of a type its record is not named after (a ticket's news). */
    public String publish(String address, String type, String orderId, Object body, String eventId) throws Exception {
        admin.publish(address, json.writeValueAsString(body), Map.of(Headers.TYPE, type,
                Headers.EVENT_ID, eventId, Headers.ORDER_ID, orderId,
                Headers.SCHEMA_VERSION, Headers.CURRENT_SCHEMA_VERSION));
        return eventId;
    }

    /**
     * Publishes an event that expires after {@code timeToLive} and is held back twice as long before
     * it is delivered, as a request that waited too long behind a busy consumer: the broker expires it.
     */
    public void publishStale(String address, String orderId, Object body, Duration timeToLive) throws Exception {
        try (JMSContext context = adminContext()) {
            context.createProducer().setTimeToLive(timeToLive.toMillis())
                    .setDeliveryDelay(timeToLive.multipliedBy(2).toMillis())
                    .setProperty(Headers.TYPE, body.getClass().getSimpleName())
                    .setProperty(Headers.EVENT_ID, UUID.randomUUID().toString())
                    .setProperty(Headers.ORDER_ID, orderId)
                    .send(context.createTopic(address), json.writeValueAsString(body));
        }
    }

    /** Sends a command or query as a role and returns the reply. */
    public Reply request(Role role, String queue, String type, Object body) throws Exception {
        try (TestTerminal terminal = terminal(role)) {
            return terminal.request(queue, type, body);
        }
    }

    public <T> T data(Reply reply, Class<T> type) {
        return json.convertValue(reply.data(), type);
    }

    /** The card network's refunds, which a test may hold back. */
    public SlowRefunds refunds() {
        return refunds;
    }

    public SimulatedGateway gateway() {
        return gateway;
    }

    /** The orders of the messages waiting in the operator's dead-letter queue. */
    public List<String> deadLetterOrderIds() throws Exception {
        List<String> orderIds = new ArrayList<>();
        try (JMSContext context = adminContext();
             QueueBrowser browser = context.createBrowser(context.createQueue(
                     Topology.DEAD_LETTERS.fullyQualifiedName()))) {
            for (Enumeration<?> messages = browser.getEnumeration(); messages.hasMoreElements(); ) {
                orderIds.add(((Message) messages.nextElement()).getStringProperty(Headers.ORDER_ID));
            }
        }
        return orderIds;
    }

    private JMSContext adminContext() {
        return new ActiveMQConnectionFactory(broker.localTerminalUrl())
                .createContext(Role.ADMIN.user(), broker.password(Role.ADMIN));
    }

    /** A number read straight from a context's SQLite file, e.g. a count of rows. */
    public long count(String database, String sql, Object... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(database + ".db"));
             PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Override
    public void close() throws Exception {
        admin.close();
        notification.close();
        platform.close();
        broker.close();
    }
}
