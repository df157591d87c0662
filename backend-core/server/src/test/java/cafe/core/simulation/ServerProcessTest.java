package cafe.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.core.server.StoreConfig;
import cafe.core.testing.ShortLivedServers;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench's own StoreServer, started on the PC where the store itself may be running. */
class ServerProcessTest {

    @TempDir
    Path folder;

    @Test
    void theBenchsServerStartsWhileTheStoreHoldsItsLanPort() throws Exception {
        try (ServerSocket store = lanPortAsTheStoreHoldsIt();
             ServerProcess bench = ServerProcess.start(folder.resolve("store"), Duration.ZERO,
                     ShortLivedServers.JVM_OPTIONS, List.of(), folder.resolve("server.log"))) {
            assertThat(bench.cpuSeconds()).isPositive();
        }
    }

    /** Held here unless something else already holds it, which is the same for the bench. */
    private static ServerSocket lanPortAsTheStoreHoldsIt() throws Exception {
        ServerSocket socket = new ServerSocket();
        try {
            socket.bind(new InetSocketAddress(StoreConfig.DEFAULT_LAN_PORT));
        } catch (BindException alreadyHeld) {
            socket.close();
        }
        return socket;
    }
}
