package cafe.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.kiosk.i18n.KioskTexts;
import org.junit.jupiter.api.Test;

class SpellingTest {

    @Test
    void anAddressIsSpelledLetterByLetterWithEachSignByName() {
        assertThat(Spelling.spell("minji_88@gmail.com", KioskTexts.english()))
                .isEqualTo("M I N J I, underscore, 8 8, at sign, G M A I L, dot, C O M");
        assertThat(Spelling.spell("010-1234", KioskTexts.korean())).isEqualTo("0 1 0, 하이픈, 1 2 3 4");
    }
}
