package cafe.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key the screens use exists in Korean and English, and every key in the bundles is used. */
class LocalizationConsistencyTest {

    private static final Path MAIN = Path.of("src", "main");
    private static final Path BUNDLES = MAIN.resolve(Path.of("resources", "cafe", "console", "i18n"));
    private static final Pattern FXML_KEY = Pattern.compile("\"%([\\w.]+)\"");
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z]+)+)\"");

    @Test
    void koreanAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(keys("ko")).isEqualTo(keys("en"));
    }

    @Test
    void everyKeyUsedInFxmlExists() throws IOException {
        assertThat(keys("ko")).containsAll(used(".fxml", FXML_KEY));
    }

    @Test
    void everyBundleKeyIsUsed() throws IOException {
        Set<String> used = new HashSet<>(used(".fxml", FXML_KEY));
        used.addAll(used(".java", JAVA_LITERAL));

        assertThat(used).containsAll(keys("ko"));
    }

    @Test
    void everyKeyUsedInJavaExists() throws IOException {
        Set<String> javaKeys = used(".java", JAVA_LITERAL);
        javaKeys.removeIf(k -> !k.matches("(app|stats|connection|banner|rail|shelf|allday|ticket|legend|button"
                + "|soldout|toast)\\..*"));

        assertThat(keys("ko")).containsAll(javaKeys);
    }

    private static Set<String> keys(String language) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve("console_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p.stringPropertyNames();
    }

    private static Set<String> used(String extension, Pattern pattern) throws IOException {
        Set<String> found = new HashSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(extension)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }
}
