package cafe.core.server;

import cafe.core.platform.persistence.DatabaseSettings;
import cafe.core.server.backup.StoreRestore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cafe-server restore --data DIR --from PATH [--settings FILE]}: a snapshot back into a stopped
 * server's data folder. A store whose settings put its databases in PostgreSQL or its broker elsewhere
 * is restored with those systems' own tools: a snapshot of SQLite files and a journal would not be read.
 */
@Command(name = "restore", description = "Brings a snapshot back into the data folder of a stopped store server; "
        + "what the folder held is kept aside in replaced-<time>.")
final class RestoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataFolderOption data;

    @Mixin
    private SettingsOption settings;

    @Option(names = "--from", required = true, paramLabel = "PATH", description = "The snapshot folder.")
    private Path from;

    @Override
    public Integer call() throws Exception {
        ServerLogging.quiet();
        refuseWhereOthersKeepTheData();
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

    private void refuseWhereOthersKeepTheData() {
        if (settings.settings().database().kind() != DatabaseSettings.Kind.SQLITE) {
            throw new CommandFailure("the settings put the databases in PostgreSQL: restore them with its own tools"
                    + " (pg_restore, point-in-time recovery)");
        }
        if (settings.settings().externalBroker().isPresent()) {
            throw new CommandFailure("the settings give an external broker: its operators restore its journal; a"
                    + " snapshot holds the embedded broker's");
        }
    }
}
