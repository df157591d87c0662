package cafe.core.server;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code cafe-server run}: the store server until Ctrl+C or SIGTERM. Also what {@code cafe-server} alone does. */
@Command(name = "run", description = "Runs the store server until it is stopped (the default command).",
        footer = SettingsOption.KEYS)
final class RunCommand implements Callable<Integer> {

    @Mixin
    private RunOptions options;

    @Override
    public Integer call() throws InterruptedException {
        return untilStopped(options);
    }

    static int untilStopped(RunOptions options) throws InterruptedException {
        StoreConfig config = options.storeConfig();
        ServerLogging.toFolder(options.logDirOrDefault());
        StoreServer server = StoreServer.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "store-server-shutdown"));
        stopped.await();
        return 0;
    }
}
