package cafe.core.server;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code cafe-server run}: the store server until Ctrl+C or SIGTERM. Also what {@code cafe-server} alone does. */
@Command(name = "run", description = "Runs the store server until it is stopped (the default command).",
        footer = SettingsOption.KEYS)
final class RunCommand implements Callable<Integer> {

    @Mixin
    private RunOptions options;

    @Override
    public Integer call() {
        return untilStopped(options);
    }

    /**
     * Until SIGTERM (exit code 0), or until the disk fails a write the store depends on (a database's
     * log or the broker's journal, {@link StoreServer#storageLost}): then the process ends at once
     * with exit code 1, which has the service manager start it again. It does not close the store
     * first: closing would checkpoint logs the disk may not hold into the database files, and could
     * hang on a failing disk, where nothing restarts a hung process. The broker and SQLite recover
     * from an abrupt end as from a power cut.
     */
    static int untilStopped(RunOptions options) {
        StoreConfig config = options.storeConfig();
        ServerLogging.toFolder(options.logDirOrDefault());
        StoreServer server = StoreServer.start(config);
        // why the server must end at once; null once SIGTERM has closed it
        CompletableFuture<String> ended = new CompletableFuture<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            ended.complete(null);
        }, "store-server-shutdown"));
        server.storageLost().thenAccept(ended::complete);
        String storageLost = ended.join();
        if (storageLost == null) {
            return 0;
        }
        // no logger before ServerLogging has chosen the configuration; its appenders write each line at once
        LoggerFactory.getLogger(RunCommand.class).error("the store server stops at once: {}; started again, it "
                + "goes on from what the disk holds", storageLost);
        Runtime.getRuntime().halt(CommandFailures.FAILED);
        return CommandFailures.FAILED;
    }
}
