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
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every key a screen uses exists in Korean and English, and every key in its bundles is used: the
 * barista console's, and the manager screen's (which lives in the same module, in its own package).
 */
class LocalizationConsistencyTest {

    private static final Path MAIN = Path.of("src", "main");
    private static final Path MANAGER = Path.of("cafe", "console", "manager");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([\\w.]+)\"");
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z]+)+)\"");

    /** A screen's bundle, the sources that use it, and the key families its Java code names. */
    enum Screen {
        CONSOLE(Path.of("cafe", "console", "i18n", "console"), file -> !file.toString().contains(MANAGER.toString()),
                "(app|stats|connection|banner|rail|shelf|allday|ticket|legend|button|soldout|toast)\\..*"),
        MANAGER_SCREEN(MANAGER.resolve(Path.of("i18n", "manager")), file -> file.toString().contains(MANAGER.toString()),
                "(app|signin|editor|failure|report|sales|prep|receipt)\\..*");

        private final Path bundle;
        private final Predicate<Path> uses;
        private final String javaKeys;

        Screen(Path bundle, Predicate<Path> uses, String javaKeys) {
            this.bundle = bundle;
            this.uses = uses;
            this.javaKeys = javaKeys;
        }
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void koreanAndEnglishHaveTheSameKeys(Screen screen) throws IOException {
        assertThat(keys(screen, "ko")).isEqualTo(keys(screen, "en"));
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void everyKeyUsedInFxmlExists(Screen screen) throws IOException {
        assertThat(keys(screen, "ko")).containsAll(used(screen, ".fxml", FXML_KEY));
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void everyBundleKeyIsUsed(Screen screen) throws IOException {
        Set<String> used = new HashSet<>(used(screen, ".fxml", FXML_KEY));
        used.addAll(used(screen, ".java", JAVA_LITERAL));

        assertThat(used).containsAll(keys(screen, "ko"));
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void everyKeyUsedInJavaExists(Screen screen) throws IOException {
        Set<String> javaKeys = used(screen, ".java", JAVA_LITERAL);
        javaKeys.removeIf(k -> !k.matches(screen.javaKeys));

        assertThat(keys(screen, "ko")).containsAll(javaKeys);
    }

    private static Set<String> keys(Screen screen, String language) throws IOException {
        Properties p = new Properties();
        Path file = MAIN.resolve("resources").resolve(screen.bundle + "_" + language + ".properties");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p.stringPropertyNames();
    }

    private static Set<String> used(Screen screen, String extension, Pattern pattern) throws IOException {
        Set<String> found = new HashSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(extension)).filter(screen.uses).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }
}
