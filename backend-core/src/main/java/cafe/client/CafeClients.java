package cafe.client;

/** Opens terminal connections. */
public final class CafeClients {

    private CafeClients() {
    }

    /**
     * Starts connecting in the background and returns at once; watch
     * {@link CafeConnection#onStateChange} for CONNECTED.
     */
    public static CafeConnection connect(TerminalConfig config) {
        return cafe.client.jms.JmsCafeConnection.open(config);
    }
}
