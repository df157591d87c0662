package cafe.client.jms;

import cafe.client.CafeConnection;
import cafe.client.TerminalConfig;
import jakarta.jms.ConnectionFactory;

/** Opens terminal connections: the one entry point of the client API's JMS implementation. */
public final class CafeClients {

    private CafeClients() {
    }

    /**
     * Starts connecting in the background and returns at once; watch
     * {@link CafeConnection#onStateChange} for CONNECTED.
     */
    public static CafeConnection connect(TerminalConfig config) {
        return JmsCafeConnection.open(config);
    }

    /**
     * A connection that starts connecting when {@link CafeConnection#start} is called: a screen
     * subscribes to its events first, so its first CONNECTED means it follows every one of them.
     */
    public static CafeConnection prepare(TerminalConfig config) {
        return JmsCafeConnection.unstarted(config);
    }

    /**
     * A plain JMS connection factory, tuned and secured (TLS trusting the store's CA alone) as
     * every terminal connection is: for one-off calls outside a {@link CafeConnection}, such as pairing.
     */
    public static ConnectionFactory connectionFactory(TerminalConfig config) {
        return BrokerSettings.factoryFor(config);
    }
}
