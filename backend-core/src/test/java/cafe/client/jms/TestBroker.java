package cafe.client.jms;

import cafe.contract.wire.Addresses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.ActiveMQServers;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/** A real embedded Artemis on a free loopback port, without persistence or security; restartable. */
final class TestBroker implements AutoCloseable {

    private final Path home;
    private final int port;
    private ActiveMQServer server;

    private TestBroker(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    static TestBroker start(Path home) {
        TestBroker broker = notYetStarted(home);
        broker.start();
        return broker;
    }

    /** A broker with its port chosen, for a terminal that is up before its server. */
    static TestBroker notYetStarted(Path home) {
        return new TestBroker(home, freePort());
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts (again) on the same port. */
    void start() {
        try {
            ConfigurationImpl config = new ConfigurationImpl();
            config.setPersistenceEnabled(false);
            config.setSecurityEnabled(false);
            config.setJMXManagementEnabled(false);
            config.setBrokerInstance(home.toFile());
            config.addAcceptorConfiguration("tcp", url());
            config.addAddressSetting("#", new AddressSettings()
                    .setDeadLetterAddress(SimpleString.of(Addresses.DEAD_LETTERS))
                    .setExpiryAddress(SimpleString.of(Addresses.EXPIRED)));
            server = ActiveMQServers.newActiveMQServer(config, false);
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("the test broker did not start on " + url(), e);
        }
    }

    void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the test broker did not stop", e);
        }
    }

    /** Client connections the broker holds now. */
    int connectionCount() {
        return server.getConnectionCount();
    }

    String url() {
        return "tcp://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        if (server != null && server.isStarted()) {
            stop();
        }
    }
}
