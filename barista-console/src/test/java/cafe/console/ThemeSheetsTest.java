package cafe.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * The screens' style sheets as JavaFX reads them: a rule left open swallows every rule after it,
 * silently, and the screens lose their spacing and colours (a merge once cut one brace).
 */
class ThemeSheetsTest {

    private static final Pattern RULE_START = Pattern.compile("\\{");

    @Test
    void everyRuleOfTheManagerThemeIsReadOnItsOwn() throws IOException {
        assertEveryRuleRead("/cafe/console/manager/manager.css");
    }

    @Test
    void everyRuleOfTheConsoleThemeIsReadOnItsOwn() throws IOException {
        assertEveryRuleRead("/cafe/console/theme/console.css");
    }

    private static void assertEveryRuleRead(String resource) throws IOException {
        URL sheet = ThemeSheetsTest.class.getResource(resource);
        assertThat(sheet).as(resource).isNotNull();
        String text;
        try (var in = sheet.openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        long opened = RULE_START.matcher(text).results().count();
        long closed = text.chars().filter(c -> c == '}').count();
        Stylesheet parsed = new CssParser().parse(sheet);

        assertThat(closed).as(resource + ": every { has its }").isEqualTo(opened);
        assertThat(parsed.getRules()).as(resource + ": rules JavaFX read").hasSize((int) opened);
    }
}
