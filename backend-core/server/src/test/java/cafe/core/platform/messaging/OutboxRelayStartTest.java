package cafe.core.platform.messaging;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cafe.contract.wire.Json;
import cafe.core.platform.FreePort;
import cafe.core.platform.persistence.ServiceDatabase;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A relay that cannot start leaves nothing open on the broker. */
class OutboxRelayStartTest {

    @TempDir
    Path dataDir;

    @Test
    void aRelayThatCannotStartClosesTheLiveCopiesConnectionItWasGiven() throws Exception {
        EmbeddedBroker broker = EmbeddedBroker.start(new BrokerSettings(dataDir, "127.0.0.1", FreePort.find()));
        ServiceDatabase database = ServiceDatabase.open(dataDir, "platformtest", List.of(), Json.newMapper(),
                Clock.systemUTC());
        try {
            Connection services = broker.openServiceConnection();
            services.close();
            Connection live = broker.openConfirmingConnection();

            assertThatThrownBy(() -> new OutboxRelay(database, services, live, Clock.systemUTC(), Duration.ofSeconds(1)))
                    .isInstanceOf(JMSException.class);

            assertThatThrownBy(() -> live.createSession(false, Session.AUTO_ACKNOWLEDGE))
                    .as("the live copies' connection is closed").isInstanceOf(jakarta.jms.IllegalStateException.class);
        } finally {
            database.close();
            broker.close();
        }
    }
}
