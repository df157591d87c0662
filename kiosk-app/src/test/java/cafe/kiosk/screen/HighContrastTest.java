package cafe.kiosk.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The accessible theme's text on its backgrounds reaches WCAG's 4.5:1 (the law asks no less). */
class HighContrastTest {

    private static final Path TOKENS = Path.of("src/main/resources/cafe/kiosk/theme/tokens-contrast.css");
    private static final Pattern TOKEN = Pattern.compile("(-color-[a-z-]+):\\s*(#[0-9a-fA-F]{6})");

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
        "-color-fg-default, -color-bg-default", "-color-fg-default, -color-surface", "-color-fg-muted, -color-surface",
        "-color-on-accent, -color-accent", "-color-on-selected, -color-selected", "-color-price, -color-surface",
        "-color-danger, -color-surface", "-color-danger, -color-danger-soft", "-color-on-notice, -color-notice",
        "-color-on-brand, -color-brand", "-color-on-brand-muted, -color-brand", "-color-on-success, -color-success",
        "-color-focus, -color-bg-default", "-color-sold-out, -color-surface"})
    void textIsReadable(String text, String background) throws IOException {
        Map<String, Color> tokens = tokens();

        assertThat(contrast(tokens.get(text), tokens.get(background))).isGreaterThanOrEqualTo(4.5);
    }

    private static Map<String, Color> tokens() throws IOException {
        Map<String, Color> tokens = new HashMap<>();
        Matcher match = TOKEN.matcher(Files.readString(TOKENS));
        while (match.find()) {
            tokens.put(match.group(1), Color.web(match.group(2)));
        }
        return tokens;
    }

    private static double contrast(Color a, Color b) {
        double lighter = Math.max(luminance(a), luminance(b));
        double darker = Math.min(luminance(a), luminance(b));
        return (lighter + 0.05) / (darker + 0.05);
    }

    private static double luminance(Color color) {
        return 0.2126 * linear(color.getRed()) + 0.7152 * linear(color.getGreen()) + 0.0722 * linear(color.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
