package cafe.client.jms;

import cafe.client.CafeConnection;
import cafe.client.TerminalConfig;

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
}
