package cafe.client.jms;

import cafe.client.TerminalConfig;
import java.nio.file.Path;
import java.util.Map;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.api.jms.ActiveMQJMSConstants;
import org.apache.activemq.artemis.core.remoting.impl.netty.TransportConstants;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * How a terminal's Artemis connection is tuned. Artemis's own reconnect is off: after a loss
 * {@link BrokerLink} makes a new connection, because a restarted broker has forgotten the
 * temporary reply queue and the event consumers anyway. A dead broker is noticed within
 * {@link #CONNECTION_TTL_MS} (the client pings every {@link #FAILURE_CHECK_MS} and gives up when
 * nothing came back for that long); a clean stop or a closed socket is noticed at once.
 */
final class BrokerSettings {

    static final long FAILURE_CHECK_MS = 1_000;
    static final long CONNECTION_TTL_MS = 3_000;
    /** Bounds every blocking JMS call (connect, create session, send). */
    static final long CALL_TIMEOUT_MS = 5_000;
    static final int CONNECT_TIMEOUT_MS = 5_000;
    /**
     * How a terminal's listeners (its replies, its feeds) take messages: the broker counts each as
     * taken as it hands it over, and no acknowledgement comes back for each. What a broken link
     * loses in between goes with the terminal's temporary queue and non-durable subscriptions, which
     * the terminal makes anew, reading its screen's state again, on every reconnect. A listener must
     * not throw: the session would drop every message it holds, none of which would come again.
     */
    static final int LISTENING = ActiveMQJMSConstants.PRE_ACKNOWLEDGE;

    private BrokerSettings() {
    }

    static ActiveMQConnectionFactory factoryFor(TerminalConfig config) {
        ActiveMQConnectionFactory factory =
                new ActiveMQConnectionFactory(config.brokerUrl(), config.user(), config.password());
        factory.setReconnectAttempts(0);
        factory.setInitialConnectAttempts(1);
        factory.setClientFailureCheckPeriod(FAILURE_CHECK_MS);
        factory.setConnectionTTL(CONNECTION_TTL_MS);
        factory.setCallTimeout(CALL_TIMEOUT_MS);
        // a send to a dead link or a forbidden address fails at once instead of vanishing
        factory.setBlockOnNonDurableSend(true);
        for (TransportConfiguration connector : factory.getStaticConnectors()) {
            connector.getParams().putIfAbsent(TransportConstants.NETTY_CONNECT_TIMEOUT, CONNECT_TIMEOUT_MS);
            config.storeAuthority().ifPresent(ca -> connector.getParams().putAll(trustOnly(ca)));
        }
        return factory;
    }

    /**
     * TLS that trusts the store's own CA and nothing else. The host name is not checked: the CA
     * signs one certificate only, the broker's, so whoever shows a chain to it is the store's
     * broker, whatever address the terminal dialled (back-office PCs change addresses).
     */
    static Map<String, Object> trustOnly(Path storeAuthority) {
        return Map.of(TransportConstants.SSL_ENABLED_PROP_NAME, true,
                TransportConstants.TRUSTSTORE_TYPE_PROP_NAME, "PEMCA",
                TransportConstants.TRUSTSTORE_PATH_PROP_NAME, storeAuthority.toAbsolutePath().toString(),
                TransportConstants.VERIFY_HOST_PROP_NAME, false);
    }
}
