package cafe.core.platform.messaging;

import cafe.contract.pairing.Pairing;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.Role;
import cafe.core.platform.files.OwnerOnly;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnector;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyAcceptorFactory;
import org.apache.activemq.artemis.core.remoting.impl.netty.TransportConstants;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.ActiveMQServers;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.impl.AddressInfo;
import org.apache.activemq.artemis.core.settings.impl.AddressFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.core.settings.impl.DiskFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.ResourceLimitSettings;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's ActiveMQ Artemis broker, embedded in the StoreServer: a persistent journal under
 * {@code <dataDir>/broker}, an in-VM acceptor for the services, a plain TCP acceptor on loopback for
 * the terminals on this PC and a TLS acceptor for the LAN (the store's own certificate authority,
 * {@link StoreCertificates}), security on with one user per role, duplicate detection, three
 * delivery attempts with back-off before the dead-letter address, and an expiry on payment requests.
 * When free disk space falls below {@link BrokerSettings#minDiskFreeBytes()} every send fails at
 * once (rather than blocking): a kiosk hears that the store cannot take orders, the outbox relays
 * keep their events and try again, and all of it resumes by itself within a second of space returning.
 */
public final class EmbeddedBroker implements StoreBroker {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedBroker.class);
    private static final long JOURNAL_BUFFER_TIMEOUT_NANOS = 100_000;
    private static final int DISK_SCAN_PERIOD_MILLIS = 1_000;
    private static final int COMPACT_WAIT_SECONDS = 60;
    /**
     * Duplicate-detection ids remembered per address: a relay resends at most the batch (200) it was
     * sending when it died. Artemis's default keeps 20,000 per address, in the heap and the journal.
     */
    private static final int DUPLICATE_IDS_KEPT = 5_000;
    /** Resources named by a UUID (temporary reply queues, terminals' subscriptions) match "uuid.#". */
    private static final String UUID_NAMESPACE = "uuid";
    /** Temporary reply queues and terminals' subscriptions per terminal role, all its terminals together. */
    private static final int TERMINAL_QUEUES = 256;
    /** Terminals being paired at once, each with one connection and one reply queue. */
    private static final int PAIRING_AT_ONCE = 8;
    /**
     * What a terminal's temporary queue may hold; the broker drops what comes for it beyond that
     * (replies are small). Dropping rather than failing the send: under FAIL (or BLOCK) Artemis hands
     * a memory check to its paging pool on every message in and out of the queue, a thread hand-over
     * per reply and per acknowledgement. The reply is lost either way; a refusal only reached the
     * server as an error in its log.
     */
    private static final long TEMPORARY_QUEUE_BYTES = 512 * 1024;
    private static final String LOOPBACK = "127.0.0.1";
    /** Brokers running in this process; the in-VM connector's thread pool serves them all. */
    private static final AtomicInteger RUNNING = new AtomicInteger();
    /** The broker's folder under the data folder: journal, bindings, paging, large-messages. */
    public static final String BROKER_FOLDER = "broker";

    private final ActiveMQServer server;
    private final BrokerSettings settings;
    private final BrokerUsers users;
    private final Optional<StoreCertificates> certificates;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CompletableFuture<String> journalLost = new CompletableFuture<>();

    private EmbeddedBroker(ActiveMQServer server, BrokerSettings settings, BrokerUsers users,
                           Optional<StoreCertificates> certificates) {
        this.server = server;
        this.settings = settings;
        this.users = users;
        this.certificates = certificates;
        // Artemis stops itself after this: its services and terminals would wait for it for ever
        server.registerIOCriticalErrorListener((cause, message, file) -> journalLost.complete(
                "the broker met a storage error and stopped (" + message + (file == null ? "" : ", " + file) + ": "
                        + (cause == null ? "no cause given" : cause.getMessage()) + ")"));
    }

    /** Starts the broker and returns once it is active with the platform's queues declared. */
    public static EmbeddedBroker start(BrokerSettings settings) {
        ownerOnly(brokerFolder(settings));
        BrokerUsers users = BrokerUsers.loadOrCreate(settings.dataDir().resolve("users.properties"));
        Optional<StoreCertificates> certificates = settings.servesLan()
                ? Optional.of(StoreCertificates.loadOrCreate(settings.dataDir())) : Optional.empty();
        ActiveMQServer server = ActiveMQServers.newActiveMQServer(configuration(settings, certificates), null,
                new StoreSecurityManager(users), true);
        server.getServiceRegistry().addIncomingInterceptor(new TerminalMessageLimit());
        try {
            server.start();
            if (!server.waitForActivation(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("broker did not become active");
            }
        } catch (Exception e) {
            stopQuietly(server);
            throw new IllegalStateException("cannot start the broker on port " + settings.port(), e);
        }
        RUNNING.incrementAndGet();
        EmbeddedBroker broker = new EmbeddedBroker(server, settings, users, certificates);
        broker.declareAddresses();
        log.info("broker started: terminals on this PC connect to {}:{}, on the LAN with TLS to {}", LOOPBACK,
                settings.port(), settings.servesLan() ? settings.bindHost() + ":" + settings.lanPort() : "(none)");
        return broker;
    }

    private static Configuration configuration(BrokerSettings settings, Optional<StoreCertificates> certificates) {
        String dir = brokerFolder(settings).toString();
        Configuration config = new ConfigurationImpl()
                .setName("cafe-store")
                .setPersistenceEnabled(true)
                .setJournalType(JournalType.NIO)
                .setJournalBufferTimeout_NIO((int) JOURNAL_BUFFER_TIMEOUT_NANOS)
                .setJournalFileSize(2 * 1024 * 1024)
                .setJournalMinFiles(2)
                .setJournalPoolFiles(0)
                .setJournalDirectory(dir + "/journal")
                .setBindingsDirectory(dir + "/bindings")
                .setPagingDirectory(dir + "/paging")
                .setLargeMessagesDirectory(dir + "/large-messages")
                .setSecurityEnabled(true)
                .setJMXManagementEnabled(false)
                .setPersistIDCache(true)
                .setIDCacheSize(DUPLICATE_IDS_KEPT)
                .setMinDiskFree(settings.minDiskFreeBytes())
                .setDiskScanPeriod(DISK_SCAN_PERIOD_MILLIS)
                .setUuidNamespace(UUID_NAMESPACE);
        for (Role role : Role.values()) {
            config.addResourceLimitSettings(limits(role.user(), TERMINAL_QUEUES, -1));
        }
        // anyone on the LAN knows its password: a few terminals pair at once (each JMS context holds
        // two sessions), and that is all it may hold
        config.addResourceLimitSettings(limits(Pairing.BROKER_USER, PAIRING_AT_ONCE, 2 * PAIRING_AT_ONCE));
        try {
            config.addAcceptorConfiguration("in-vm", inVmUrl(settings));
        } catch (Exception e) {
            throw new IllegalArgumentException("bad acceptor address " + settings, e);
        }
        config.addAcceptorConfiguration(tcpAcceptor("this-pc", LOOPBACK, settings.port(), Map.of()));
        certificates.ifPresent(tls -> config.addAcceptorConfiguration(tcpAcceptor("lan", settings.bindHost(),
                settings.lanPort(), Map.of(TransportConstants.SSL_ENABLED_PROP_NAME, true,
                        TransportConstants.KEYSTORE_TYPE_PROP_NAME, "PEM",
                        TransportConstants.KEYSTORE_PATH_PROP_NAME, tls.brokerKeyStore().toString()))));
        AddressPermissions.bySettingMatch(UUID_NAMESPACE).forEach(config::putSecurityRoles);
        config.addAddressSetting("#", new AddressSettings().setDiskFullMessagePolicy(DiskFullMessagePolicy.FAIL));
        DeliveryPolicy.byMatch(settings.paymentRequestExpiry()).forEach(config::addAddressSetting);
        config.addAddressSetting(UUID_NAMESPACE + ".#", new AddressSettings()
                .setMaxSizeBytes(TEMPORARY_QUEUE_BYTES)
                .setAddressFullMessagePolicy(AddressFullMessagePolicy.DROP));
        return config;
    }

    /** The journal holds card tokens until they are trimmed: nobody but the server reads its folder. */
    private static void ownerOnly(Path folder) {
        try {
            OwnerOnly.createFolder(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the broker's folder " + folder, e);
        }
    }

    /** At most {@code queues} temporary queues and {@code sessions} sessions (-1: any) for {@code user}. */
    private static ResourceLimitSettings limits(String user, int queues, int sessions) {
        ResourceLimitSettings limits = new ResourceLimitSettings();
        limits.setMatch(SimpleString.of(user));
        limits.setMaxQueues(queues);
        limits.setMaxSessions(sessions);
        return limits;
    }

    private static Path brokerFolder(BrokerSettings settings) {
        return settings.dataDir().resolve(BROKER_FOLDER).toAbsolutePath();
    }

    /** Plain TCP stays on loopback; anything that listens beyond it is TLS only. */
    private static TransportConfiguration tcpAcceptor(String name, String host, int port, Map<String, Object> tls) {
        Map<String, Object> params = new HashMap<>(tls);
        params.put(TransportConstants.HOST_PROP_NAME, host);
        params.put(TransportConstants.PORT_PROP_NAME, port);
        params.put(TransportConstants.PROTOCOLS_PROP_NAME, "CORE");
        return new TransportConfiguration(NettyAcceptorFactory.class.getName(), params, name);
    }

    /** The in-VM acceptor is named by the TCP port, which no other running broker can hold. */
    private static String inVmUrl(BrokerSettings settings) {
        return "vm://" + settings.port();
    }

    /**
     * Every command and query queue and every event address exists from the start, so a terminal
     * may send or listen before the service behind it is wired.
     */
    private void declareAddresses() {
        Topology.COMMAND_QUEUES.forEach(this::declareCommandQueue);
        Topology.EVENT_ADDRESSES.forEach(address ->
                addAddress(new AddressInfo(address).addRoutingType(RoutingType.MULTICAST)));
        Topology.PLATFORM_QUEUES.forEach(this::declare);
    }

    /** Creates the multicast address and the durable queue on it, if they do not exist yet. */
    @Override
    public void declare(DurableSubscription subscription) {
        // a terminal that may listen on the address must never drain a service's queue on it: protected
        // before the queue exists, so no check (nor a cached grant) ever sees it unprotected
        server.getSecurityRepository().addMatch(subscription.fullyQualifiedName(), AddressPermissions.trusted(BrokerUsers.SERVICES));
        QueueMove move = new QueueMove(server);
        holdIfElsewhere(move, subscription);
        createQueue(subscription.queueConfiguration());
        reconfigure(subscription);
        release(move, subscription);
    }

    /** Creates an anycast command or query queue (address and queue of the same name), if absent. */
    @Override
    public void declareCommandQueue(String queue) {
        createQueue(Topology.commandQueue(queue));
    }

    private static void holdIfElsewhere(QueueMove move, DurableSubscription subscription) {
        try {
            move.holdIfElsewhere(subscription);
        } catch (Exception e) {
            throw new IllegalStateException("cannot move queue " + subscription.queue(), e);
        }
    }

    private static void release(QueueMove move, DurableSubscription subscription) {
        try {
            move.release(subscription);
        } catch (Exception e) {
            throw new IllegalStateException("cannot give queue " + subscription.queue() + " its messages", e);
        }
    }

    /**
     * A queue declared by an older version keeps its old grouping and filter unless told (a filter
     * added later only spares the broker work: the context ignores the types it does not route).
     */
    private void reconfigure(DurableSubscription subscription) {
        Queue existing = server.locateQueue(subscription.queue());
        if (existing == null || existing.getGroupBuckets() == subscription.groupBuckets()
                && Objects.equals(filterOf(existing), subscription.filter())) {
            return;
        }
        try {
            server.updateQueue(QueueConfiguration.of(subscription.queue()).setRoutingType(RoutingType.MULTICAST)
                    .setGroupBuckets(subscription.groupBuckets()).setFilterString(subscription.filter()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot reconfigure queue " + subscription.queue(), e);
        }
    }

    private static String filterOf(Queue queue) {
        return queue.getFilter() == null ? null : queue.getFilter().getFilterString().toString();
    }

    private void createQueue(QueueConfiguration queue) {
        try {
            addAddress(new AddressInfo(queue.getAddress()).addRoutingType(queue.getRoutingType()));
            server.createQueue(queue, true);
        } catch (Exception e) {
            throw new IllegalStateException("cannot declare queue " + queue.getName(), e);
        }
    }

    private void addAddress(AddressInfo address) {
        try {
            server.addAddressInfo(address);
        } catch (Exception e) {
            throw new IllegalStateException("cannot declare address " + address.getName(), e);
        }
    }

    /**
     * Rewrites the message journal with only its live records. An acknowledged message's bytes
     * (a payment request's card token among them) otherwise stay in a journal file until the
     * file is reclaimed, which on a quiet store may be never; reclaimed files are deleted, not
     * pooled for reuse with their old bytes ({@code journalPoolFiles}).
     */
    @Override
    public void compactJournal() {
        long started = System.nanoTime();
        try {
            server.getStorageManager().getMessageJournal().scheduleCompactAndBlock(COMPACT_WAIT_SECONDS);
            log.info("broker journal compacted in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (Exception e) {
            throw new IllegalStateException("cannot compact the broker's journal", e);
        }
    }

    /**
     * Completes, saying why, when the broker met a storage error (writing its journal, reading the
     * disk's usage) and stopped: no message moves until the server starts it again.
     */
    public CompletionStage<String> journalLost() {
        return journalLost.minimalCompletionStage();
    }

    /** Messages waiting in a queue (for health checks and tests); 0 if the queue does not exist. */
    @Override
    public long depth(String queue) {
        Queue found = server.locateQueue(queue);
        return found == null ? 0 : found.getMessageCount();
    }

    /**
     * Seals the journal at this instant, for a backup ({@link SealedJournal#seal}); paged and large
     * messages, if any, are copied into {@code brokerTarget} at the same instant.
     */
    public SealedJournal sealJournal(Path brokerTarget) throws Exception {
        return SealedJournal.seal(server, brokerFolder(settings), brokerTarget);
    }

    /** A started connection as the services user over the in-VM acceptor. */
    @Override
    public Connection openServiceConnection() throws JMSException {
        return ServiceConnections.open(new ActiveMQConnectionFactory(inVmUrl(settings)), servicesCredentials());
    }

    @Override
    public Connection openServiceConnection(int consumers) throws JMSException {
        return ServiceConnections.forSlowConsumers(new ActiveMQConnectionFactory(inVmUrl(settings)), consumers,
                servicesCredentials());
    }

    @Override
    public Connection openConfirmingConnection() throws JMSException {
        return ServiceConnections.confirmingSends(new ActiveMQConnectionFactory(inVmUrl(settings)),
                servicesCredentials());
    }

    private ServiceConnections.Credentials servicesCredentials() {
        return new ServiceConnections.Credentials(BrokerUsers.SERVICES, users.password(BrokerUsers.SERVICES));
    }

    /** The URL a terminal on this PC uses; terminals elsewhere pair and then use TLS to the LAN port. */
    public String localTerminalUrl() {
        return "tcp://" + LOOPBACK + ":" + settings.port();
    }

    /** The store's certificate authority, when the broker listens on the LAN. */
    public Optional<StoreCertificates> certificates() {
        return certificates;
    }

    public String password(Role role) {
        return users.password(role.user());
    }

    /**
     * Stops the broker. Artemis's global client thread pools are left alone: every Artemis client
     * in the process shares them, and a terminal in the same process (a test, or an app that embeds the server)
     * could never reconnect to a restarted broker once they were shut down under it. The in-VM
     * connector's pool (whose threads would keep the process alive for a minute) is shut down with
     * the last broker only: every in-VM connection in the process runs on it, and another store's
     * services would wait forever for answers their broker had sent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        stopQuietly(server);
        if (RUNNING.decrementAndGet() == 0) {
            InVMConnector.resetThreadPool();
        }
        log.info("broker stopped");
    }

    private static void stopQuietly(ActiveMQServer server) {
        try {
            server.stop();
        } catch (Exception e) {
            log.warn("broker did not stop cleanly", e);
        }
    }
}
