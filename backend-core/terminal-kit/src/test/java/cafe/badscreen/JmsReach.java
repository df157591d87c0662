package cafe.badscreen;

import cafe.client.jms.JmsCafeConnection;

/** A screen that uses the client's JMS internals instead of its API: what the rules refuse. */
public final class JmsReach {

    public Class<?> connection() {
        return JmsCafeConnection.class;
    }
}
