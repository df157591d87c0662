package cafe.core.server;

import cafe.client.TerminalConfig;
import cafe.contract.wire.Json;
import cafe.contract.wire.Role;
import cafe.core.barista.BaristaContext;
import cafe.core.barista.application.BarSettings;
import cafe.core.deadletter.DeadLetterContext;
import cafe.core.menu.MenuContext;
import cafe.core.notification.NotificationContext;
import cafe.core.order.OrderingContext;
import cafe.core.payment.PaymentContext;
import cafe.core.payment.adapter.gateway.SimulatedGateway;
import cafe.core.platform.StoreContext;
import cafe.core.platform.StorePlatform;
import cafe.core.platform.messaging.EmbeddedBroker;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's back-office process: the embedded broker and every context, wired by constructor.
 * {@link #start} returns once the broker accepts terminals and every service listens.
 */
public final class StoreServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StoreServer.class);

    private static final Duration SETTLE_WITHIN = Duration.ofSeconds(5);

    private final EmbeddedBroker broker;
    private final StorePlatform platform;
    private final List<StoreContext> contexts;
    private final Duration startup;
    private boolean closed;

    private StoreServer(EmbeddedBroker broker, StorePlatform platform, List<StoreContext> contexts,
                        Duration startup) {
        this.broker = broker;
        this.platform = platform;
        this.contexts = contexts;
        this.startup = startup;
    }

    /** The composition root: one line per context. */
    private static List<StoreContext> contexts(StoreConfig config) {
        return List.of(
                new OrderingContext(config.businessDayStartHour(), config.safeguards().abandonedOrdersAfter()),
                new MenuContext(config.menuResource()),
                new PaymentContext(new SimulatedGateway(config.gateway().latency(), config.gateway().timeout(),
                        config.gateway().randomDeclineRate(), new Random())),
                new BaristaContext(BarSettings.standard().withDayStartHour(config.businessDayStartHour())),
                NotificationContext.withStandardChannels(),
                new DeadLetterContext());
    }

    /**
     * Starts the broker on its own thread while the contexts open their databases (the two slow
     * parts of a start, on a two-core PC), then wires every context and waits until the events
     * published at start are applied.
     */
    public static StoreServer start(StoreConfig config) {
        long started = System.nanoTime();
        CompletableFuture<EmbeddedBroker> broker = CompletableFuture.supplyAsync(
                () -> EmbeddedBroker.start(config.brokerSettings()), StoreServer::startBrokerThread);
        StorePlatform platform = new StorePlatform(broker, config.dataDir(), config.clock(), Json.newMapper(),
                config.safeguards().retention());
        List<StoreContext> contexts = contexts(config);
        try {
            for (StoreContext context : contexts) {
                context.wire(platform);
            }
            platform.open(SETTLE_WITHIN);
        } catch (RuntimeException e) {
            closeContexts(contexts);
            platform.close();
            broker.thenAccept(EmbeddedBroker::close);
            throw e;
        }
        StoreServer server = new StoreServer(broker.join(), platform, contexts,
                Duration.ofNanos(System.nanoTime() - started));
        TerminalFiles.write(config.dataDir(), server::terminalConfig);
        log.info("store server ready in {} ms, data in {}", server.startup.toMillis(), config.dataDir().toAbsolutePath());
        return server;
    }

    private static void startBrokerThread(Runnable start) {
        Thread thread = new Thread(start, "broker-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** How a terminal on this PC connects as the role: the loopback URL and the role's user. */
    public TerminalConfig terminalConfig(Role role) {
        return new TerminalConfig(broker.localTerminalUrl(), role.user(), broker.password(role),
                TerminalConfig.DEFAULT_REQUEST_TIMEOUT);
    }

    /** Messages waiting in a broker queue: for health checks and tests. */
    public long queueDepth(String queue) {
        return broker.depth(queue);
    }

    /** How long {@link #start} took. */
    public Duration startupTime() {
        return startup;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeContexts(contexts);
        platform.close();
        broker.close();
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
