package cafe.pickup;

import cafe.client.jms.CafeClients;
import cafe.client.CafeConnection;
import cafe.client.TerminalConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the display's connection in the background. The terminal file may not exist yet when the
 * display starts before the StoreServer on the same PC, so it keeps trying until it can read it;
 * after that the connection reconnects by itself.
 */
final class ConnectionOpener {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionOpener.class);
    private static final long RETRY_SECONDS = 5;

    private final Path configFile;
    private final ScheduledExecutorService background;

    ConnectionOpener(Path configFile, ScheduledExecutorService background) {
        this.configFile = configFile;
        this.background = background;
    }

    /** Hands the open connection to {@code opened}, on the background thread. */
    void open(Consumer<CafeConnection> opened) {
        background.execute(() -> attempt(opened));
    }

    private void attempt(Consumer<CafeConnection> opened) {
        try {
            TerminalConfig config = TerminalConfig.load(configFile);
            LOG.info("Pickup display connecting with {}", config);
            opened.accept(CafeClients.prepare(config)); // the board starts it once it follows its events
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot connect with {} yet, trying again in {}s: {}", configFile.toAbsolutePath(),
                    RETRY_SECONDS, e.toString());
            background.schedule(() -> attempt(opened), RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }
}
