package cafe.pickup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void withoutArgumentsItReadsTheDisplayTerminalFileInKoreanWithSound() {
        LaunchOptions options = LaunchOptions.parse(List.of());

        assertThat(options.config()).isEqualTo(Path.of("data/terminals/display.properties"));
        assertThat(options.fullscreen()).isFalse();
        assertThat(options.muted()).isFalse();
        assertThat(options.locale()).isEqualTo(Locale.KOREAN);
        assertThat(options.readyTimeout()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void readsEveryOption() {
        LaunchOptions options = LaunchOptions.parse(List.of("--config", "/srv/cafe/tv2.properties",
                "--fullscreen", "--mute", "--lang", "en", "--ready-timeout", "15"));

        assertThat(options).isEqualTo(new LaunchOptions(Path.of("/srv/cafe/tv2.properties"), true, true,
                Locale.ENGLISH, Duration.ofMinutes(15)));
    }

    @Test
    void refusesWhatItDoesNotKnowWithTheUsage() {
        assertThatIllegalArgumentException().isThrownBy(() -> LaunchOptions.parse(List.of("--kiosk")))
                .withMessageContaining("usage:");
        assertThatIllegalArgumentException().isThrownBy(() -> LaunchOptions.parse(List.of("--config")))
                .withMessageContaining("--config needs a value");
        assertThatIllegalArgumentException().isThrownBy(() -> LaunchOptions.parse(List.of("--lang", "fr")))
                .withMessageContaining("ko or en");
        assertThatIllegalArgumentException().isThrownBy(() -> LaunchOptions.parse(List.of("--ready-timeout", "0")))
                .withMessageContaining("above 0");
    }
}
