package cafe.terminal.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cafe.contract.LocalizedText;
import java.time.Duration;
import java.util.List;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class TextsTest {

    private static final String KIT = "cafe.terminal.i18n.terminal";

    @Test
    void readsTheBundleInItsLanguageAndFillsInArguments() {
        Texts korean = Texts.of(KIT, Language.KO);
        Texts english = Texts.of(KIT, Language.EN);

        assertThat(korean.get("pin.title")).isEqualTo("직원 PIN");
        assertThat(english.get("pin.wrong", 3)).isEqualTo("Wrong PIN. 3 more tries");
        assertThat(english.get("pin.wrong", 1)).isEqualTo("Wrong PIN. 1 more try");
        assertThat(korean.isKorean()).isTrue();
        assertThat(english.isKorean()).isFalse();
    }

    @Test
    void switchesToTheOtherLanguageAndBack() {
        Texts english = Texts.of(KIT, Language.KO).otherLanguage();

        assertThat(english.language()).isEqualTo(Language.EN);
        assertThat(english.get("pin.ok")).isEqualTo("OK");
        assertThat(english.otherLanguage().get("pin.ok")).isEqualTo("확인");
    }

    @Test
    void saysAWaitInSecondsUnderAMinuteElseInMinutesRoundedUp() {
        Texts english = Texts.of(KIT, Language.EN);

        assertThat(english.waiting("pin.locked.seconds", "pin.locked.minutes", Duration.ofMillis(29_001)))
                .endsWith("Try again in 30 s");
        assertThat(english.waiting("pin.locked.seconds", "pin.locked.minutes", Duration.ofSeconds(61)))
                .endsWith("Try again in 2 min");
        Texts korean = Texts.of(KIT, Language.KO);
        assertThat(korean.waiting("pin.locked.seconds", "pin.locked.minutes", Duration.ofSeconds(45)))
                .isEqualTo("잘못된 PIN이 너무 많습니다. 45초 후에 다시 시도하세요");
    }

    @Test
    void showsMoneyAsACustomerReadsIt() {
        assertThat(Texts.of(KIT, Language.KO).won(4_500)).isEqualTo("4,500원");
        assertThat(Texts.of(KIT, Language.EN).won(12_000)).isEqualTo("₩12,000");
        assertThat(Texts.of(KIT, Language.KO).wonDelta(500)).isEqualTo("+500원");
        assertThat(Texts.of(KIT, Language.EN).wonDelta(-300)).isEqualTo("−₩300");
        assertThat(Texts.of(KIT, Language.EN).wonDelta(0)).isEmpty();
    }

    @Test
    void showsMenuTextsInItsLanguage() {
        LocalizedText iced = new LocalizedText("아이스", "Iced");
        LocalizedText large = new LocalizedText("라지", "Large");

        assertThat(Texts.of(KIT, Language.KO).of(iced)).isEqualTo("아이스");
        assertThat(Texts.of(KIT, Language.EN).ofAll(List.of(iced, large))).isEqualTo("Iced · Large");
    }

    @Test
    void aMissingKeyOrBundleFailsLoudly() {
        assertThatThrownBy(() -> Texts.of(KIT, Language.EN).get("no.such.key"))
                .isInstanceOf(MissingResourceException.class);
        assertThatThrownBy(() -> Texts.of("cafe.terminal.i18n.nothing", Language.KO))
                .isInstanceOf(MissingResourceException.class);
    }

    @Test
    void languagesFollowTheirLocale() {
        assertThat(Language.of(java.util.Locale.KOREA)).isEqualTo(Language.KO);
        assertThat(Language.of(java.util.Locale.GERMAN)).isEqualTo(Language.EN);
        assertThat(Language.KO.other()).isEqualTo(Language.EN);
    }
}
