package cafe.console.manager.office;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.console.manager.ManagerWindow;
import cafe.terminal.i18n.Language;
import cafe.terminal.i18n.Texts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Days written and read in the screen's language, on a computer whose own locale is another one. */
class ShownDatesTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);
    private final Locale computers = Locale.getDefault();
    private final ShownDates korean = new ShownDates(Texts.of(ManagerWindow.TEXTS, Language.KO), SEOUL);
    private final ShownDates english = new ShownDates(Texts.of(ManagerWindow.TEXTS, Language.EN), SEOUL);

    @BeforeEach
    void aComputerSetUpInGerman() {
        Locale.setDefault(Locale.GERMANY);
    }

    @AfterEach
    void putTheLocaleBack() {
        Locale.setDefault(computers);
    }

    @Test
    void aDayIsWrittenInTheScreensLanguage() {
        assertThat(korean.day(DAY)).isEqualTo("2026. 12. 4.");
        assertThat(english.day(DAY)).isEqualTo("Dec 4, 2026");
        assertThat(korean.dayAndTime(Instant.parse("2026-12-04T05:05:00Z"))).isEqualTo("2026. 12. 4. 14:05");
    }

    @Test
    void aTypedDayIsReadInTheScreensStylesOrYearFirst() {
        assertThat(korean.read("2026. 12. 4.")).contains(DAY);
        assertThat(korean.read("2026.12.4")).contains(DAY);
        assertThat(korean.read(" 2026-12-04 ")).contains(DAY);
        assertThat(english.read("Dec 4, 2026")).contains(DAY);
        assertThat(english.read("december 4, 2026")).contains(DAY);
        assertThat(english.read("12/4/26")).contains(DAY);
        assertThat(english.read("2026/12/4")).contains(DAY);
    }

    @Test
    void aTextThatIsNotADayIsToldInWords() {
        assertThat(korean.read("어제")).isEmpty();
        assertThat(english.read("2026-13-40")).isEmpty();
        assertThat(english.read("4.12.2026")).as("the computer's German style is not the screen's").isEmpty();
        assertThat(english.unreadable(" tomorrow ", DAY)).isEqualTo("\"tomorrow\" is not a date. Type one like Dec 4, 2026.");
        assertThat(korean.unreadable("어제", DAY)).isEqualTo("\"어제\"은(는) 날짜가 아닙니다. 2026. 12. 4.처럼 입력하세요.");
    }
}
