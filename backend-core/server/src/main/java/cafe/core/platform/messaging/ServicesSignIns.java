package cafe.core.platform.messaging;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;

/**
 * The broker connections the services user signed in on, whichever acceptor they came through: the
 * in-VM one, or loopback TCP for the batched paths ({@link StoreBroker#openBatchConnection}). A
 * connection is forgotten when it closes, or fails, which closes it too.
 */
final class ServicesSignIns {

    private final Set<Object> connections = ConcurrentHashMap.newKeySet();

    void signedIn(RemotingConnection connection) {
        Object id = connection.getID();
        if (connections.add(id)) {
            connection.addCloseListener(() -> connections.remove(id));
        }
    }

    boolean includes(RemotingConnection connection) {
        return connections.contains(connection.getID());
    }
}
