package cafe.core.server;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the StoreServer until the process is told to stop (Ctrl+C or SIGTERM), then stops it
 * cleanly. Arguments: {@code --data DIR} (default {@code data}), {@code --port N} (default 61616),
 * {@code --bind HOST} (default all interfaces).
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
            log.error("{}; usage: StoreServerMain [--data DIR] [--port N] [--bind HOST]", e.getMessage());
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
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            switch (args[i]) {
                case "--data" -> data = Path.of(args[i + 1]);
                case "--port" -> port = parsePort(args[i + 1]);
                case "--bind" -> bind = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        return StoreConfig.defaults(data, port).withBindHost(bind);
    }

    private static int parsePort(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, was " + text);
        }
    }
}
