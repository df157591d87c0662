package cafe.contract;

import java.util.Locale;
import java.util.Objects;

/** A text shown to people, in Korean and English. */
public record LocalizedText(String ko, String en) {

    public LocalizedText {
        Objects.requireNonNull(ko, "ko");
        Objects.requireNonNull(en, "en");
    }

    /** The text for a locale: Korean for "ko", English for everything else. */
    public String in(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? ko : en;
    }

    /** Both languages together, as on the pickup board's headings. */
    public String bilingual() {
        return ko + " · " + en;
    }
}
