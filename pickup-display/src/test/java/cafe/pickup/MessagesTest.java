package cafe.pickup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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

/** Every text key the screens use is in both languages, and no bundle keeps a key nobody uses. */
class MessagesTest {

    private static final Path MAIN = Path.of("src", "main");
    private static final Path BUNDLES = MAIN.resolve("resources/cafe/pickup/i18n");
    /** {@code %key} in FXML, {@code "key"} in Java; our keys all start with one of these words. */
    private static final Pattern KEY_USE = Pattern.compile("[%\"]((?:app|board)\\.[a-z.\\-]+)");

    @ParameterizedTest
    @ValueSource(strings = {"ko", "en"})
    void everyUsedKeyIsTranslatedAndEveryTranslatedKeyIsUsed(String language) throws IOException {
        Set<String> keys = keys(BUNDLES.resolve("messages_" + language + ".properties"));

        assertThat(keys).as("keys in messages_%s", language).isEqualTo(usedKeys());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ko", "en"})
    void noTextIsBlank(String language) throws IOException {
        Properties texts = load(BUNDLES.resolve("messages_" + language + ".properties"));

        assertThat(texts.stringPropertyNames()).allSatisfy(key -> assertThat(texts.getProperty(key)).isNotBlank());
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(MessagesTest::isSource).toList()) {
                Matcher match = KEY_USE.matcher(Files.readString(file));
                while (match.find()) {
                    used.add(match.group(1));
                }
            }
        }
        return used;
    }

    private static boolean isSource(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".java") || name.endsWith(".fxml");
    }

    private static Set<String> keys(Path bundle) throws IOException {
        return new TreeSet<>(load(bundle).stringPropertyNames());
    }

    private static Properties load(Path bundle) throws IOException {
        Properties texts = new Properties();
        try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        return texts;
    }
}
