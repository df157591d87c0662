package cafe.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cafe.terminal.i18n.Language;
import cafe.terminal.launch.TerminalLauncher;
import cafe.terminal.window.WindowMode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KioskOptionsTest {

    @Test
    void withoutArgumentsItIsALockedPortraitApplianceInKoreanReadingTheInstalledKioskFile() {
        KioskOptions options = parse();

        assertThat(options.terminal().config(KioskApp.PROGRAM.role()))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".config", "cafe", "kiosk.properties"));
        assertThat(options.terminal().mode(KioskApp.PROGRAM.storeMode())).isEqualTo(WindowMode.APPLIANCE);
        assertThat(options.language()).isEqualTo(Language.KO);
        assertThat(options.kioskId()).isEqualTo("kiosk-1");
        assertThat(options.landscape()).isFalse();
    }

    @Test
    void readsEveryOption() {
        KioskOptions options = parse("--config", "k.properties", "--kiosk-id", "door", "--lang", "en", "--windowed",
                "--geometry", "34%x100%+0+0", "--landscape");

        assertThat(options.terminal().config(KioskApp.PROGRAM.role())).isEqualTo(Path.of("k.properties"));
        assertThat(options.terminal().mode(KioskApp.PROGRAM.storeMode())).isEqualTo(WindowMode.WINDOWED);
        assertThat(options.terminal().geometry()).isNotNull();
        assertThat(options.kioskId()).isEqualTo("door");
        assertThat(options.language()).isEqualTo(Language.EN);
        assertThat(options.landscape()).isTrue();
    }

    @Test
    void refusesWhatItDoesNotKnowAndSaysWhy() {
        assertThatThrownBy(() -> parse("--lang", "fr")).hasMessageContaining("must be ko or en, not 'fr'");
        assertThatThrownBy(() -> parse("--config")).hasMessageContaining("Missing required parameter for option '--config'");
        assertThatThrownBy(() -> parse("--fullscreen")).hasMessageContaining("Unknown option: '--fullscreen'");
    }

    @Test
    void aKioskHasTheHashPinCommand() {
        assertThat(TerminalLauncher.commandLine(KioskApp.PROGRAM, new KioskOptions()).getSubcommands())
                .containsKey("hash-pin");
    }

    private static KioskOptions parse(String... args) {
        KioskOptions options = new KioskOptions();
        TerminalLauncher.commandLine(KioskApp.PROGRAM, options).parseArgs(args);
        return options;
    }
}
