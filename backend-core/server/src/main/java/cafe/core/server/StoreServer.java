package cafe.core.server;

import cafe.client.TerminalConfig;
import cafe.contract.wire.Json;
import cafe.contract.wire.Role;
import cafe.core.barista.BaristaContext;
import cafe.core.barista.application.BarSettings;
import cafe.core.deadletter.DeadLetterContext;
import cafe.core.menu.MenuContext;
import cafe.core.notification.NotificationContext;
import cafe.core.notification.domain.Retries;
import cafe.core.order.OrderingContext;
import cafe.core.payment.PaymentContext;
import cafe.core.payment.adapter.gateway.SimulatedGateway;
import cafe.core.platform.StoreContext;
import cafe.core.platform.StorePlatform;
import cafe.core.platform.messaging.EmbeddedBroker;
import cafe.core.platform.messaging.ExternalBroker;
import cafe.core.platform.messaging.ExternalBrokerSettings;
import cafe.core.platform.messaging.StoreBroker;
import cafe.core.platform.persistence.DatabaseSettings;
import cafe.core.server.backup.Snapshot;
import cafe.core.server.backup.StoreBackup;
import cafe.core.server.control.ControlChannel;
import cafe.core.server.control.DataFolderLock;
import cafe.core.server.pairing.PairingDesk;
import cafe.core.server.pairing.TerminalPairingService;
import cafe.core.staff.StaffContext;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's back-office process: the broker (embedded, or an external one when the config names
 * it) and every context, wired by constructor. {@link #start} takes the data folder's lock, and
 * returns once the broker accepts terminals, every service listens and the control socket answers
 * {@code cafe-server backup} and {@code pair} (which need the embedded broker).
 */
public final class StoreServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StoreServer.class);

    private static final Duration SETTLE_WITHIN = Duration.ofSeconds(5);
    private static final DateTimeFormatter BACKUP_NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    /** What the simulated card network remembers across restarts (keys and answers, never a card token). */
    static final String SIMULATED_CARD_NETWORK_FILE = "simulated-card-network.tsv";
    private static final String RUN_BY_OTHERS = "this store's broker is run by others: its operators back it up,"
            + " and terminals get its servers in their terminal files rather than by pairing";

    private final StoreConfig config;
    private final DataFolderLock folder;
    private final StoreBroker broker;
    private final StorePlatform platform;
    private final List<StoreContext> contexts;
    private final SimulatedGateway cardNetwork;
    private final Duration startup;
    private final CompletableFuture<String> storageLost = new CompletableFuture<>();
    private ControlChannel control;
    private boolean closed;

    private StoreServer(StoreConfig config, DataFolderLock folder, StoreBroker broker, StorePlatform platform,
                        List<StoreContext> contexts, SimulatedGateway cardNetwork, Duration startup) {
        this.config = config;
        this.folder = folder;
        this.broker = broker;
        this.platform = platform;
        this.contexts = contexts;
        this.cardNetwork = cardNetwork;
        this.startup = startup;
        platform.storageLost().thenAccept(storageLost::complete);
        if (broker instanceof EmbeddedBroker embedded) {
            embedded.journalLost().thenAccept(storageLost::complete);
        }
    }

    /** The composition root: one line per context. */
    private static List<StoreContext> contexts(StoreConfig config, SimulatedGateway cardNetwork) {
        return List.of(
                new OrderingContext(config.businessDayStartHour(), config.safeguards().abandonedOrdersAfter()),
                new MenuContext(config.menuResource()),
                new PaymentContext(cardNetwork, config.gateway().breakerOpenFor(), config.businessDayStartHour()),
                new BaristaContext(BarSettings.standard().withDayStartHour(config.businessDayStartHour())),
                new NotificationContext(config.reach(), config.businessDayStartHour(), Retries.STANDARD),
                new DeadLetterContext(),
                new StaffContext());
    }

    /**
     * Starts the broker on its own thread while the contexts open their databases (the two slow
     * parts of a start, on a two-core PC), then wires every context and waits until the events
     * published at start are applied.
     */
    public static StoreServer start(StoreConfig config) {
        long started = System.nanoTime();
        DataFolderLock folder = DataFolderLock.take(config.dataDir(), "start the store server");
        try {
            return start(config, folder, started);
        } catch (RuntimeException e) {
            folder.close();
            throw e;
        }
    }

    private static StoreServer start(StoreConfig config, DataFolderLock folder, long started) {
        CompletableFuture<StoreBroker> broker = CompletableFuture.supplyAsync(() -> startBroker(config),
                StoreServer::startBrokerThread);
        StorePlatform platform = new StorePlatform(broker, config.dataDir(),
                config.database().databases(config.dataDir()), config.clock(), Json.newMapper(),
                config.safeguards().retention());
        SimulatedGateway cardNetwork = SimulatedGateway.remembering(
                config.dataDir().resolve(SIMULATED_CARD_NETWORK_FILE), config.gateway().latency(),
                config.gateway().timeout(), config.gateway().randomDeclineRate(), new Random());
        List<StoreContext> contexts = contexts(config, cardNetwork);
        try {
            for (StoreContext context : contexts) {
                context.wire(platform);
            }
            platform.open(SETTLE_WITHIN);
        } catch (RuntimeException e) {
            closeContexts(contexts);
            platform.close();
            broker.thenAccept(StoreBroker::close);
            throw e;
        }
        StoreServer server = new StoreServer(config, folder, broker.join(), platform, contexts, cardNetwork,
                Duration.ofNanos(System.nanoTime() - started));
        TerminalFiles.write(config.dataDir(), server::terminalFile);
        server.control = ControlChannel.open(config.dataDir(), server.controlCommands());
        log.info("store server ready in {} ms, data in {}, databases: {}; business days start at {}:00 {}",
                server.startup.toMillis(), config.dataDir().toAbsolutePath(), config.database(),
                config.businessDayStartHour(), config.clock().getZone());
        return server;
    }

    private static StoreBroker startBroker(StoreConfig config) {
        return config.externalBroker()
                .<StoreBroker>map(external -> ExternalBroker.connect(external, config.paymentRequestExpiry()))
                .orElseGet(() -> EmbeddedBroker.start(config.brokerSettings()));
    }

    private static void startBrokerThread(Runnable start) {
        Thread thread = new Thread(start, "broker-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** Pairing hands out the embedded broker's users and certificate; others run an external one. */
    private Map<String, ControlChannel.Command> controlCommands() {
        ControlChannel.Command pair = broker instanceof EmbeddedBroker embedded ? pairTerminals(embedded)::issue
                : arguments -> {
                    throw new IllegalStateException(RUN_BY_OTHERS);
                };
        return Map.of("backup", arguments -> backup(), "pair", pair);
    }

    /** Answers Pair requests from the LAN; the operator's codes come through the control socket. */
    private TerminalPairingService pairTerminals(EmbeddedBroker embedded) {
        byte[] authority = embedded.certificates().orElseThrow().authorityFingerprint();
        TerminalPairingService pairing = new TerminalPairingService(new PairingDesk(authority, config.clock()),
                embedded::password, TerminalConfig.DEFAULT_REQUEST_TIMEOUT, config.lanPort());
        pairing.serve(platform);
        return pairing;
    }

    /**
     * How a terminal connects as the role: to the embedded broker, the loopback URL and the role's
     * user; to an external one, its servers and the password its operators gave the role.
     */
    public TerminalConfig terminalConfig(Role role) {
        return terminalFile(role).orElseThrow(() -> new IllegalStateException(
                "the settings give no password for the external broker's " + role.user() + " user"));
    }

    private Optional<TerminalConfig> terminalFile(Role role) {
        if (broker instanceof EmbeddedBroker embedded) {
            return Optional.of(new TerminalConfig(embedded.localTerminalUrl(), role.user(), embedded.password(role),
                    TerminalConfig.DEFAULT_REQUEST_TIMEOUT));
        }
        ExternalBrokerSettings external = config.externalBroker().orElseThrow();
        return external.terminalPassword(role).map(password -> new TerminalConfig(external.terminalUrl(),
                role.user(), password, TerminalConfig.DEFAULT_REQUEST_TIMEOUT));
    }

    /**
     * Takes a snapshot of this running store into {@code <dataDir>/backups/<time>} (see
     * {@link StoreBackup#live}); {@code cafe-server backup} then moves it where the operator asked.
     * Answers the folder, then what an operator reads about it. Refused when the databases are in
     * PostgreSQL: its own tools back them up, and half a store (the journal alone) is no backup.
     */
    List<String> backup() throws Exception {
        if (config.database().kind() != DatabaseSettings.Kind.SQLITE) {
            throw new IllegalStateException("the databases are in PostgreSQL: back them up with its own tools "
                    + "(pg_dump, continuous archiving); cafe-server backup copies a store's SQLite files and journal");
        }
        if (!(broker instanceof EmbeddedBroker embedded)) {
            throw new IllegalStateException(RUN_BY_OTHERS);
        }
        Path target = config.dataDir().resolve("backups")
                .resolve(BACKUP_NAME.format(config.clock().instant().atZone(ZoneOffset.UTC)));
        Snapshot snapshot = new StoreBackup(config.dataDir(), BuildVersion.current(), config.clock())
                .live(target, platform::holdWriters, embedded::sealJournal);
        log.info("backup written to {}: the services waited {} ms", target, snapshot.pause().toMillis());
        List<String> answer = new ArrayList<>();
        answer.add(target.toAbsolutePath().toString());
        answer.addAll(snapshot.describe());
        return answer;
    }

    /** The simulated card network the store charges through, for demos and tests to look at or take down. */
    public SimulatedGateway cardNetwork() {
        return cardNetwork;
    }

    /** Messages waiting in a broker queue: for health checks and tests. */
    public long queueDepth(String queue) {
        return broker.depth(queue);
    }

    /** How long {@link #start} took. */
    public Duration startupTime() {
        return startup;
    }

    /**
     * Completes, saying why, when a database can no longer make its commits durable or the embedded
     * broker could not write its journal (a disk that failed a write): the server must stop and start
     * again from what the disk holds.
     */
    public CompletionStage<String> storageLost() {
        return storageLost.minimalCompletionStage();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (control != null) {
            control.close();
        }
        closeContexts(contexts);
        platform.close();
        broker.close();
        folder.close();
        log.info("store server stopped");
    }

    /** Contexts that run threads of their own stop before the databases and broker they use. */
    private static void closeContexts(List<StoreContext> contexts) {
        for (StoreContext context : contexts) {
            if (context instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    log.warn("{} did not close cleanly", context.getClass().getSimpleName(), e);
                }
            }
        }
    }
}
