package cafe.core.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the StoreServer until the process is told to stop (Ctrl+C or SIGTERM), then stops it
 * cleanly. Arguments: {@code --data DIR} (default {@code data}), {@code --port N} (default 61616),
 * {@code --bind HOST} (default all interfaces), and for the simulated card network
 * {@code --gateway-latency-ms N}, {@code --gateway-timeout-ms N} and {@code --gateway-decline-rate 0..1}
 * (default: {@link GatewaySimulation#counterLike()}).
 */
public final class StoreServerMain {

    private static final Logger log = LoggerFactory.getLogger(StoreServerMain.class);

    private StoreServerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        StoreConfig config;
        try {
            config = parse(args);
        } catch (IllegalArgumentException e) {
            log.error("{}; usage: StoreServerMain [--data DIR] [--port N] [--bind HOST] [--gateway-latency-ms N]"
                    + " [--gateway-timeout-ms N] [--gateway-decline-rate 0..1]", e.getMessage());
            System.exit(2);
            return;
        }
        StoreServer server = StoreServer.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "store-server-shutdown"));
        stopped.await();
    }

    static StoreConfig parse(String[] args) {
        Path data = Path.of("data");
        int port = StoreConfig.DEFAULT_PORT;
        String bind = StoreConfig.ALL_INTERFACES;
        GatewaySimulation gateway = GatewaySimulation.counterLike();
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--data" -> data = Path.of(value);
                case "--port" -> port = (int) number(args[i], value);
                case "--bind" -> bind = value;
                case "--gateway-latency-ms" -> gateway = new GatewaySimulation(
                        Duration.ofMillis(number(args[i], value)), gateway.timeout(), gateway.randomDeclineRate());
                case "--gateway-timeout-ms" -> gateway = new GatewaySimulation(gateway.latency(),
                        Duration.ofMillis(number(args[i], value)), gateway.randomDeclineRate());
                case "--gateway-decline-rate" -> gateway = new GatewaySimulation(gateway.latency(), gateway.timeout(),
                        Double.parseDouble(value));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        return StoreConfig.defaults(data, port).withBindHost(bind).withGateway(gateway);
    }

    private static long number(String option, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, was " + text);
        }
    }
}
