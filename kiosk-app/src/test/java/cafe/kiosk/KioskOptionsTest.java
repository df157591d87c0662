package cafe.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class KioskOptionsTest {

    @Test
    void defaultsToTheStoreServersKioskFileInKorean() {
        KioskOptions options = KioskOptions.parse(List.of());
        assertThat(options.config()).isEqualTo(Path.of("data", "terminals", "kiosk.properties"));
        assertThat(options.english()).isFalse();
        assertThat(options.kioskId()).isEqualTo("kiosk-1");
    }

    @Test
    void readsEveryOption() {
        KioskOptions options = KioskOptions.parse(List.of("--config", "k.properties", "--kiosk-id", "door",
                "--lang", "en", "--fullscreen", "--landscape"));
        assertThat(options).isEqualTo(new KioskOptions(Path.of("k.properties"), "door", true, true, true));
    }

    @Test
    void refusesWhatItDoesNotKnowWithTheUsage() {
        assertThatThrownBy(() -> KioskOptions.parse(List.of("--lang", "fr")))
                .hasMessageContaining("--lang must be ko or en").hasMessageContaining("usage:");
        assertThatThrownBy(() -> KioskOptions.parse(List.of("--config")))
                .hasMessageContaining("--config needs a value");
        assertThatThrownBy(() -> KioskOptions.parse(List.of("--colour")))
                .hasMessageContaining("unknown argument '--colour'");
    }
}
