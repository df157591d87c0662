package cafe.core.server;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ScopeType;

/**
 * {@code cafe-server}: runs the StoreServer (the default, or {@code run}) until the process is told
 * to stop (Ctrl+C or SIGTERM), then stops it cleanly; {@code backup}, {@code restore} and
 * {@code pair} look after a store's data folder and its terminals, {@code check} checks its ledger.
 * A bad option is one line on stderr and exit code 2; a refused or failed command one line and exit code 1.
 */
@Command(name = "cafe-server", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = BuildVersion.class, sortOptions = false, usageHelpAutoWidth = true,
        description = "The cafe's store server: broker, services and databases of one store.",
        footer = SettingsOption.KEYS,
        subcommands = {RunCommand.class, BackupCommand.class, RestoreCommand.class, PairCommand.class,
                CheckCommand.class, StaffCommand.class})
public final class StoreServerMain implements Callable<Integer> {

    @Mixin
    private RunOptions options;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its error handling, for {@link #main} and tests. */
    static CommandLine commandLine() {
        return CommandFailures.handledBy(new CommandLine(new StoreServerMain()).setCaseInsensitiveEnumValuesAllowed(true));
    }

    RunOptions options() {
        return options;
    }

    @Override
    public Integer call() {
        return RunCommand.untilStopped(options);
    }
}
