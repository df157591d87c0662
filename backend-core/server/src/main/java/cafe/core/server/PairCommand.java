package cafe.core.server;

import cafe.core.server.control.ControlClient;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cafe-server pair --data DIR --role kiosk|barista|display|manager}: a pairing code from the running server. */
@Command(name = "pair", description = "Asks the running store server for a one-time code that pairs a terminal "
        + "on another PC (good for 10 minutes).")
final class PairCommand implements Callable<Integer> {

    /** The roles a terminal on another PC can be paired as. */
    enum TerminalRole { KIOSK, BARISTA, DISPLAY, MANAGER }

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataFolderOption data;

    @Option(names = "--role", required = true, paramLabel = "ROLE",
            description = "What the terminal is: kiosk, barista, display or manager.")
    private TerminalRole role;

    @Override
    public Integer call() {
        ServerLogging.quiet();
        try {
            ControlClient.ask(data.folder(), "pair", role.name().toLowerCase(Locale.ROOT)).forEach(spec.commandLine().getOut()::println);
            return 0;
        } catch (IllegalStateException refused) {
            throw new CommandFailure(refused.getMessage() + "; pairing codes come from the running server", refused);
        }
    }
}
