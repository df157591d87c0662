package cafe.core.server;

import cafe.core.server.backup.StoreRestore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cafe-server restore --data DIR --from PATH}: a snapshot back into a stopped server's data folder. */
@Command(name = "restore", description = "Brings a snapshot back into the data folder of a stopped store server; "
        + "what the folder held is kept aside in replaced-<time>.")
final class RestoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataFolderOption data;

    @Option(names = "--from", required = true, paramLabel = "PATH", description = "The snapshot folder.")
    private Path from;

    @Override
    public Integer call() throws Exception {
        ServerLogging.quiet();
        try {
            var restored = new StoreRestore(data.folder(), Clock.systemDefaultZone()).from(from);
            restored.describe().forEach(spec.commandLine().getOut()::println);
            spec.commandLine().getOut().println("Start the store server on " + data.folder().toAbsolutePath()
                    + " to carry on from there.");
            return 0;
        } catch (IllegalStateException | IllegalArgumentException refused) {
            throw new CommandFailure(refused.getMessage(), refused);
        }
    }
}
