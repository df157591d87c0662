package cafe.kiosk.testing;

import static org.awaitility.Awaitility.await;

import cafe.client.jms.CafeClients;
import cafe.client.CafeConnection;
import cafe.client.ConnectionState;
import cafe.contract.wire.Role;
import cafe.core.server.RunningStore;

/** A terminal of another role (a barista, a second kiosk) on the test's store, once it is connected. */
public final class Connected {

    private Connected() {
    }

    public static CafeConnection as(Role role, RunningStore store) {
        CafeConnection connection = CafeClients.connect(store.server().terminalConfig(role));
        await().atMost(KioskStage.PATIENCE).until(() -> connection.state() == ConnectionState.CONNECTED);
        return connection;
    }
}
