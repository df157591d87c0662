package cafe.pickup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cafe.terminal.i18n.Language;
import cafe.terminal.window.WindowMode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PickupOptionsTest {

    @Test
    void withoutArgumentsItIsAFullScreenBoardInKoreanWithSoundReadingTheInstalledDisplayFile() {
        PickupOptions options = parse();

        assertThat(options.terminal().config("display"))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".config", "cafe", "display.properties"));
        assertThat(options.terminal().mode(PickupApp.PROGRAM.storeMode())).isEqualTo(WindowMode.FULL_SCREEN);
        assertThat(options.muted()).isFalse();
        assertThat(options.language()).isEqualTo(Language.KO);
        assertThat(options.readyTimeout()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void readsEveryOption() {
        PickupOptions options = parse("--config", "/srv/cafe/tv2.properties", "--windowed", "--mute", "--lang", "en",
                "--ready-timeout", "15");

        assertThat(options.terminal().config("display")).isEqualTo(Path.of("/srv/cafe/tv2.properties"));
        assertThat(options.terminal().mode(PickupApp.PROGRAM.storeMode())).isEqualTo(WindowMode.WINDOWED);
        assertThat(options.muted()).isTrue();
        assertThat(options.language()).isEqualTo(Language.EN);
        assertThat(options.readyTimeout()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void refusesWhatItDoesNotKnowAndSaysWhy() {
        assertThatThrownBy(() -> parse("--kiosk")).hasMessageContaining("Unknown option: '--kiosk'");
        assertThatThrownBy(() -> parse("--config")).hasMessageContaining("Missing required parameter for option '--config'");
        assertThatThrownBy(() -> parse("--ready-timeout", "0")).hasMessageContaining("whole minutes above 0, not '0'");
    }

    private static PickupOptions parse(String... args) {
        PickupOptions options = new PickupOptions();
        new CommandLine(options).parseArgs(args);
        return options;
    }
}
