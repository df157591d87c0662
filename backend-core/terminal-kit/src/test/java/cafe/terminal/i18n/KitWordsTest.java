package cafe.terminal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The kit's own words (the staff PIN pad's) exist in Korean and English, and every one is used. */
class KitWordsTest {

    private static final Path MAIN = Path.of("src", "main");
    private static final Path BUNDLES = MAIN.resolve("resources/cafe/terminal/i18n");
    private static final Pattern KEY_USE = Pattern.compile("\"(pin\\.[a-z.]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"ko", "en"})
    void everyKeyInUseIsTranslatedAndEveryTranslatedKeyIsInUse(String language) throws IOException {
        Properties words = load(language);

        assertThat(words.stringPropertyNames()).isEqualTo(usedKeys());
        assertThat(words.stringPropertyNames()).allSatisfy(key -> assertThat(words.getProperty(key)).isNotBlank());
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher match = KEY_USE.matcher(Files.readString(file));
                while (match.find()) {
                    used.add(match.group(1));
                }
            }
        }
        return used;
    }

    private static Properties load(String language) throws IOException {
        Properties words = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve("terminal_" + language + ".properties"))) {
            words.load(in);
        }
        return words;
    }
}
