package cafe.client.jms;

import cafe.client.CafeConnection;
import cafe.client.TerminalConfig;

/** Placeholder until the JMS client lands. */
public final class JmsCafeConnection {

    private JmsCafeConnection() {
    }

    public static CafeConnection open(TerminalConfig config) {
        throw new UnsupportedOperationException("JMS client not built yet");
    }
}
