package cafe.console;

import cafe.terminal.launch.BuildVersion;
import cafe.terminal.launch.TerminalCommand;
import cafe.terminal.launch.TerminalOptions;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The console's command line: the screens' shared options and {@code --station NAME}, which
 * overrides the terminal file's {@code console.station}. The station's other settings (language,
 * theme, sound, ticket ages) are keys in the terminal file.
 */
@Command(name = "cafe-barista-console", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        sortOptions = false, description = {
            "The bar's kitchen display: paid orders as tickets, started, made ready and handed over.",
            "Maximized on its PC; the bump bar's keys work as the on-screen buttons do."})
public final class ConsoleOptions implements TerminalCommand {

    @Mixin
    private TerminalOptions terminal;

    @Option(names = "--station", paramLabel = "NAME", description = "This console's station, e.g. bar-2.")
    private String station;

    @Override
    public TerminalOptions terminal() {
        return terminal;
    }

    public Optional<String> station() {
        return Optional.ofNullable(station).filter(name -> !name.isBlank());
    }
}
