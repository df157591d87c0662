package cafe.kiosk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.terminal.i18n.Texts;
import org.junit.jupiter.api.Test;

/** The kiosk's countdowns in English, on the screen and read aloud: seconds in words, one second in the singular. */
class SpokenSecondsTest {

    private final Texts english = KioskTexts.english();

    @Test
    void aCountdownSaysSecondsInWords() {
        assertThat(english.get("idle.countdown", 10)).isEqualTo("Back to the start in 10 seconds");
        assertThat(english.get("done.countdown", 1)).isEqualTo("Back to the start in 1 second");
        assertThat(english.get("contact.countdown", 0)).isEqualTo("Your order number in 0 seconds");
    }
}
