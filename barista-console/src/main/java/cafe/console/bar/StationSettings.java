package cafe.console.bar;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * How this console is set up, read from its terminal properties file: {@code console.station},
 * {@code console.warn.seconds}, {@code console.late.seconds}, {@code console.language} (ko, en),
 * {@code console.theme} (dark, light) and {@code console.sound} (on, off).
 */
public record StationSettings(String station, AgeThresholds thresholds, Locale locale, boolean darkTheme,
                              boolean soundOn) {

    public static final String DEFAULT_STATION = "bar-1";

    public StationSettings {
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(locale, "locale");
        if (station == null || station.isBlank()) {
            throw new IllegalArgumentException("a station needs a name");
        }
    }

    public static StationSettings defaults() {
        return new StationSettings(DEFAULT_STATION, AgeThresholds.DEFAULT, Locale.KOREAN, true, true);
    }

    public static StationSettings from(Properties p) {
        AgeThresholds thresholds = new AgeThresholds(
                seconds(p, "console.warn.seconds", AgeThresholds.DEFAULT.warnAfter()),
                seconds(p, "console.late.seconds", AgeThresholds.DEFAULT.lateAfter()));
        return new StationSettings(p.getProperty("console.station", DEFAULT_STATION).trim(), thresholds,
                Locale.forLanguageTag(p.getProperty("console.language", "ko").trim()),
                !"light".equalsIgnoreCase(p.getProperty("console.theme", "dark").trim()),
                !"off".equalsIgnoreCase(p.getProperty("console.sound", "on").trim()));
    }

    public StationSettings withStation(String name) {
        return new StationSettings(name, thresholds, locale, darkTheme, soundOn);
    }

    public StationSettings withThresholds(AgeThresholds newThresholds) {
        return new StationSettings(station, newThresholds, locale, darkTheme, soundOn);
    }

    private static Duration seconds(Properties p, String key, Duration fallback) {
        String value = p.getProperty(key);
        return value == null || value.isBlank() ? fallback : Duration.ofSeconds(Long.parseLong(value.trim()));
    }
}
