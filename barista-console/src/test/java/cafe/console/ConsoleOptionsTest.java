package cafe.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleOptionsTest {

    @Test
    void defaultsToTheBaristaTerminalFile() {
        ConsoleOptions options = ConsoleOptions.parse(List.of());

        assertThat(options.config()).isEqualTo(Path.of("data/terminals/barista.properties"));
        assertThat(options.station()).isEmpty();
    }

    @Test
    void takesAConfigFileAndAStationName() {
        ConsoleOptions options = ConsoleOptions.parse(List.of("--station", "bar-2", "--config", "/etc/cafe/b.properties"));

        assertThat(options.config()).isEqualTo(Path.of("/etc/cafe/b.properties"));
        assertThat(options.station()).contains("bar-2");
    }

    @Test
    void aLaterConfigWinsSoCafeConsoleCanBeGivenAnotherFile() {
        ConsoleOptions options = ConsoleOptions.parse(List.of("--config", "data/terminals/barista.properties",
                "--config", "data/console-front.properties"));

        assertThat(options.config()).isEqualTo(Path.of("data/console-front.properties"));
    }

    @Test
    void refusesWhatItDoesNotKnow() {
        assertThatThrownBy(() -> ConsoleOptions.parse(List.of("--stationn", "x")))
                .hasMessageContaining("--stationn");
        assertThatThrownBy(() -> ConsoleOptions.parse(List.of("--config")))
                .hasMessageContaining("needs a value");
    }
}
