package cafe.client.jms;

import cafe.contract.wire.Addresses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.activemq.artemis.api.core.Interceptor;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.protocol.core.Packet;
import org.apache.activemq.artemis.core.protocol.core.impl.wireformat.SessionAcknowledgeMessage;
import org.apache.activemq.artemis.core.protocol.core.impl.wireformat.SessionIndividualAcknowledgeMessage;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.ActiveMQServers;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;

/** A real embedded Artemis on a free loopback port, without persistence or security; restartable. */
final class TestBroker implements AutoCloseable {

    private final Path home;
    private final int port;
    private final SecurityConfiguration users;
    private final Map<String, Set<Role>> permissions;
    private final AtomicInteger acknowledgements = new AtomicInteger();
    private ActiveMQServer server;

    private TestBroker(Path home, int port, SecurityConfiguration users, Map<String, Set<Role>> permissions) {
        this.home = home;
        this.port = port;
        this.users = users;
        this.permissions = permissions;
    }

    static TestBroker start(Path home) {
        TestBroker broker = notYetStarted(home);
        broker.start();
        return broker;
    }

    /** A broker with its port chosen, for a terminal that is up before its server. */
    static TestBroker notYetStarted(Path home) {
        return new TestBroker(home, freePort(), null, Map.of());
    }

    /** A broker that lets in only these users, each with only these permissions (address match -> roles). */
    static TestBroker startSecured(Path home, SecurityConfiguration users, Map<String, Set<Role>> permissions) {
        TestBroker broker = new TestBroker(home, freePort(), users, permissions);
        broker.start();
        return broker;
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
            config.setSecurityEnabled(users != null);
            config.setSecurityRoles(permissions);
            config.setTemporaryQueueNamespace("temp");
            config.setJMXManagementEnabled(false);
            config.setBrokerInstance(home.toFile());
            config.addAcceptorConfiguration("tcp", url());
            config.addAddressSetting("#", new AddressSettings()
                    .setDeadLetterAddress(SimpleString.of(Addresses.DEAD_LETTERS))
                    .setExpiryAddress(SimpleString.of(Addresses.EXPIRED)));
            server = users == null ? ActiveMQServers.newActiveMQServer(config, false)
                    : ActiveMQServers.newActiveMQServer(config, null,
                            new ActiveMQJAASSecurityManager(InVMLoginModule.class.getName(), users), false);
            server.start();
            server.getRemotingService().addIncomingInterceptor((Interceptor) this::countAcknowledgement);
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

    private boolean countAcknowledgement(Packet packet, RemotingConnection from) {
        if (packet instanceof SessionAcknowledgeMessage || packet instanceof SessionIndividualAcknowledgeMessage) {
            acknowledgements.incrementAndGet();
        }
        return true;
    }

    /** The acknowledgements of single messages that clients sent so far. */
    int acknowledgements() {
        return acknowledgements.get();
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
