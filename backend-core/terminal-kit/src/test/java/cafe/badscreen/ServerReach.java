package cafe.badscreen;

import cafe.core.server.RunningStore;

/** A screen that reaches into the server: what the rules refuse. */
public final class ServerReach {

    public Class<?> store() {
        return RunningStore.class;
    }
}
