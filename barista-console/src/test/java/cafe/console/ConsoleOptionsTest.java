package cafe.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cafe.terminal.launch.TerminalLauncher;
import cafe.terminal.window.WindowMode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConsoleOptionsTest {

    @Test
    void defaultsToTheInstalledBaristaTerminalFileMaximized() {
        ConsoleOptions options = parse();

        assertThat(options.terminal().config(ConsoleApp.PROGRAM.role()))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".config", "cafe", "barista.properties"));
        assertThat(options.terminal().mode(ConsoleApp.PROGRAM.storeMode())).isEqualTo(WindowMode.MAXIMIZED);
        assertThat(options.station()).isEmpty();
    }

    @Test
    void takesAConfigFileAndAStationName() {
        ConsoleOptions options = parse("--station", "bar-2", "--config", "/etc/cafe/b.properties");

        assertThat(options.terminal().config(ConsoleApp.PROGRAM.role())).isEqualTo(Path.of("/etc/cafe/b.properties"));
        assertThat(options.station()).contains("bar-2");
    }

    @Test
    void aLaterConfigWinsSoCafeConsoleCanBeGivenAnotherFile() {
        ConsoleOptions options = parse("--config", "data/terminals/barista.properties",
                "--config", "data/console-front.properties");

        assertThat(options.terminal().config(ConsoleApp.PROGRAM.role())).isEqualTo(Path.of("data/console-front.properties"));
    }

    @Test
    void refusesWhatItDoesNotKnow() {
        assertThatThrownBy(() -> parse("--stationn", "x")).hasMessageContaining("--stationn");
        assertThatThrownBy(() -> parse("--config")).hasMessageContaining("Missing required parameter for option '--config'");
    }

    private static ConsoleOptions parse(String... args) {
        ConsoleOptions options = new ConsoleOptions();
        TerminalLauncher.commandLine(ConsoleApp.PROGRAM, options).parseArgs(args);
        return options;
    }
}
