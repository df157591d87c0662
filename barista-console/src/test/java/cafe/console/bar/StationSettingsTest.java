package cafe.console.bar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class StationSettingsTest {

    @Test
    void aTerminalFileWithoutConsoleKeysGivesTheDefaults() {
        Properties p = new Properties();
        p.setProperty("broker.url", "tcp://127.0.0.1:61616");

        assertThat(StationSettings.from(p)).isEqualTo(StationSettings.defaults());
    }

    @Test
    void readsStationThresholdsLanguageThemeAndSound() {
        Properties p = new Properties();
        p.setProperty("console.station", "bar-2");
        p.setProperty("console.warn.seconds", "120");
        p.setProperty("console.late.seconds", "240");
        p.setProperty("console.language", "en");
        p.setProperty("console.theme", "light");
        p.setProperty("console.sound", "off");

        StationSettings s = StationSettings.from(p);

        assertThat(s.station()).isEqualTo("bar-2");
        assertThat(s.thresholds()).isEqualTo(new AgeThresholds(Duration.ofMinutes(2), Duration.ofMinutes(4)));
        assertThat(s.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(s.darkTheme()).isFalse();
        assertThat(s.soundOn()).isFalse();
    }

    @Test
    void lateMustNotComeBeforeWarning() {
        assertThatThrownBy(() -> new AgeThresholds(Duration.ofMinutes(5), Duration.ofMinutes(3)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
