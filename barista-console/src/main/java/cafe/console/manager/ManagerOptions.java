package cafe.console.manager;

import cafe.terminal.launch.BilingualScreenCommand;
import cafe.terminal.launch.BuildVersion;
import picocli.CommandLine.Command;

/** The manager screen's command line: the screens' shared options and {@code --lang}. */
@Command(name = "cafe-manager", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        sortOptions = false, description = {
            "The back office: staff sign in with their own PIN and edit the menu; changes reach every kiosk at once.",
            "Runs in a window on the back-office PC; uses the manager's terminal file."})
public final class ManagerOptions extends BilingualScreenCommand {
}
