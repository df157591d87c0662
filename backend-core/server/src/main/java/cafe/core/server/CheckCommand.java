package cafe.core.server;

import cafe.core.ledger.LedgerCheck;
import cafe.core.ledger.LedgerReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code cafe-server check --data DIR [--settings FILE]}: the ledger check of a store's databases (the
 * data folder's SQLite files, or PostgreSQL as the settings say), of a running or stopped server.
 */
@Command(name = "check", description = "Checks the data folder for what must never happen (an order charged twice, "
        + "paid without a ticket, an event never sent, a damaged file, a dead letter waiting for staff). "
        + "Exit status 0 clean, 1 findings, 2 unreadable.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataFolderOption data;

    @Mixin
    private SettingsOption settings;

    @Override
    public Integer call() {
        ServerLogging.quiet();
        LedgerReport report = LedgerCheck.run(settings.settings().database().databases(data.folder()));
        (report.isClean() ? spec.commandLine().getOut() : spec.commandLine().getErr()).println(report);
        return report.exitStatus();
    }
}
