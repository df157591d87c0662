package cafe.kiosk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.kiosk.flow.Screen;
import cafe.kiosk.order.LineProblem;
import cafe.kiosk.pay.SimulatedCard;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text the kiosk shows exists in Korean and English, and no text is kept that nothing shows. */
class LocalizationConsistencyTest {

    private static final Path MAIN = Path.of("src", "main");
    private static final Path BUNDLES = MAIN.resolve("resources/cafe/kiosk/i18n");
    /** {@code %key} in FXML, {@code "key"} in Java; every key starts with one of these words. */
    private static final Pattern KEY_USE = Pattern.compile(
            "[%\"]((?:app|accessible|utility|idle|offline|start|menu|notice|item|cart|pay|contact|done|speech)\\.[A-Za-z_.]+)");
    /** The decline reasons the payment service sends, shown by code. */
    private static final Set<String> DECLINE_REASONS = Set.of("CARD_DECLINED", "INSUFFICIENT_FUNDS", "UNAVAILABLE",
            "EXPIRED", "other");

    @ParameterizedTest
    @ValueSource(strings = {"ko", "en"})
    void everyKeyInUseIsTranslatedAndEveryTranslatedKeyIsInUse(String language) throws IOException {
        assertThat(load(language).stringPropertyNames()).isEqualTo(usedKeys());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ko", "en"})
    void noTextIsBlank(String language) throws IOException {
        Properties texts = load(language);
        assertThat(texts.stringPropertyNames()).allSatisfy(key -> assertThat(texts.getProperty(key)).isNotBlank());
    }

    @Test
    void koreanTextsAreKoreanAndEnglishTextsAreNot() throws IOException {
        assertThat(load("ko").getProperty("start.title")).isEqualTo("어서 오세요");
        assertThat(load("en").stringPropertyNames()).allSatisfy(key -> {
            if (!key.equals("utility.language") && !key.equals("app.tagline")) {
                assertThat(load("en").getProperty(key)).doesNotContainPattern("[가-힣]");
            }
        });
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(LocalizationConsistencyTest::isSource).toList()) {
                Matcher match = KEY_USE.matcher(Files.readString(file));
                while (match.find()) {
                    used.add(match.group(1));
                }
            }
        }
        // keys the code builds from a name
        used.removeIf(key -> key.endsWith("."));
        for (Screen screen : Screen.values()) {
            used.add("step." + screen.name().toLowerCase());
            used.add("speech.screen." + screen.name().toLowerCase());
        }
        for (LineProblem problem : LineProblem.values()) {
            if (problem != LineProblem.NONE) {
                used.add("cart.problem." + problem.name().toLowerCase());
            }
        }
        DECLINE_REASONS.forEach(reason -> used.add("pay.reason." + reason));
        for (SimulatedCard card : SimulatedCard.values()) {
            used.add(card.labelKey());
        }
        return used;
    }

    private static boolean isSource(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".java") || name.endsWith(".fxml");
    }

    private static Properties load(String language) {
        Properties texts = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve("kiosk_" + language + ".properties"))) {
            texts.load(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return texts;
    }
}
