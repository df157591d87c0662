package cafe.core.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.contract.barista.TicketStatus;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.Headers;
import cafe.contract.wire.Json;
import cafe.contract.wire.MessageTypes;
import cafe.core.events.TicketNews;
import cafe.core.platform.FreePort;
import cafe.core.testing.ImmediateTransactions;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live copies that cannot be applied are only late: they are dropped for a while, and the follower goes on. */
class LiveFollowerTest {

    private final ObjectMapper json = Json.newMapper();
    private final List<String> applied = new CopyOnWriteArrayList<>();
    private final AtomicBoolean broken = new AtomicBoolean(true);
    @TempDir
    Path dataDir;
    private EmbeddedBroker broker;
    private Connection services;
    private Session session;

    @BeforeEach
    void start() throws Exception {
        broker = EmbeddedBroker.start(new BrokerSettings(dataDir, "127.0.0.1", FreePort.find()));
        services = broker.openServiceConnection();
        session = services.createSession(false, Session.AUTO_ACKNOWLEDGE);
    }

    @AfterEach
    void stop() throws Exception {
        services.close();
        broker.close();
    }

    @Test
    void aBatchThatFailsEvenWithAnErrorIsDroppedAndLiveCopiesApplyAgainAfterAPause() throws Exception {
        EventRoutes routes = new EventRoutes().on(MessageTypes.TICKET_READY, TicketNews.class, news -> {
            if (broken.get()) {
                throw new NoClassDefFoundError("cafe/core/barista/Gone");
            }
            applied.add(news.ticket().orderId());
        });
        LiveFollower follower = new LiveFollower(Addresses.BARISTA_FEED, routes, new ImmediateTransactions(), json);

        assertThat(follower.deliver(List.of(ready("o-1")))).isFalse();
        broken.set(false);
        assertThat(follower.deliver(List.of(ready("o-2")))).as("dropped during the pause").isTrue();
        assertThat(applied).isEmpty();

        await().atMost(Duration.ofSeconds(10)).until(() -> follower.deliver(List.of(ready("o-3")))
                && applied.contains("o-3"));
        assertThat(applied).containsExactly("o-3");
    }

    private Message ready(String orderId) throws Exception {
        TextMessage message = session.createTextMessage(json.writeValueAsString(
                new TicketNews(new TicketNews.Ticket(orderId, 101, TicketStatus.READY, 3))));
        message.setStringProperty(Headers.TYPE, MessageTypes.TICKET_READY);
        message.setStringProperty(Headers.EVENT_ID, UUID.randomUUID().toString());
        message.setStringProperty(Headers.ORDER_ID, orderId);
        return message;
    }
}
