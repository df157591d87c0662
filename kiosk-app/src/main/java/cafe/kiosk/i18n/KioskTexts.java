package cafe.kiosk.i18n;

import cafe.terminal.i18n.Language;
import cafe.terminal.i18n.Texts;

/** The kiosk's words: {@code cafe/kiosk/i18n/kiosk_<lang>.properties}, in the kit's {@link Texts}. */
public final class KioskTexts {

    public static final String BUNDLE = "cafe.kiosk.i18n.kiosk";

    private KioskTexts() {
    }

    public static Texts in(Language language) {
        return Texts.of(BUNDLE, language);
    }

    public static Texts korean() {
        return in(Language.KO);
    }

    public static Texts english() {
        return in(Language.EN);
    }
}
