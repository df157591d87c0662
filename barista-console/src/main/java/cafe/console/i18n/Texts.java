package cafe.console.i18n;

import cafe.contract.LocalizedText;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The console's words in one language, from {@code cafe/console/i18n/console_<lang>.properties}.
 * Korean is the default; English is the other choice. The same bundle serves {@code %key} in FXML.
 */
public final class Texts {

    public static final String BUNDLE = "cafe.console.i18n.console";
    public static final Locale KOREAN = Locale.KOREAN;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final Locale locale;
    private final ResourceBundle bundle;

    private Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Korean for "ko", English for every other language. */
    public static Texts of(Locale locale) {
        return new Texts("ko".equals(locale.getLanguage()) ? KOREAN : ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** A menu text in this language. */
    public String of(LocalizedText text) {
        return text.in(locale);
    }

    /** Options as one line: "Iced · Large · Oat milk". */
    public String ofAll(List<LocalizedText> texts) {
        return texts.stream().map(this::of).collect(Collectors.joining(" · "));
    }

    /** The other language, for the toggle. */
    public Texts toggled() {
        return of(locale.equals(KOREAN) ? ENGLISH : KOREAN);
    }
}
