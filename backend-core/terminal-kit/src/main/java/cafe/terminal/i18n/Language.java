package cafe.terminal.i18n;

import java.util.Locale;

/** The languages a store screen speaks: Korean first, English for visitors. */
public enum Language {
    KO(Locale.KOREAN),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public Language other() {
        return this == KO ? EN : KO;
    }

    /** Korean for a Korean locale, English for every other. */
    public static Language of(Locale locale) {
        return KO.locale.getLanguage().equals(locale.getLanguage()) ? KO : EN;
    }
}
