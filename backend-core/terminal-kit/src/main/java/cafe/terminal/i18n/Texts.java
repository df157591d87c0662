package cafe.terminal.i18n;

import cafe.contract.LocalizedText;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * A screen's words in one language, from its bundle ({@code <bundle>_ko.properties},
 * {@code <bundle>_en.properties}; the same bundle serves {@code %key} in FXML), menu texts in that
 * language, and money as a customer reads it: "4,500원" in Korean, "₩4,500" in English.
 */
public final class Texts {

    private final String bundleName;
    private final Language language;
    private final ResourceBundle bundle;
    private final NumberFormat grouping = NumberFormat.getIntegerInstance(Locale.ROOT);

    private Texts(String bundleName, Language language) {
        this.bundleName = bundleName;
        this.language = language;
        this.bundle = ResourceBundle.getBundle(bundleName, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        grouping.setGroupingUsed(true);
    }

    /** The bundle's words in this language; fails at once if the bundle is missing. */
    public static Texts of(String bundleName, Language language) {
        return new Texts(bundleName, language);
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    public boolean isKorean() {
        return language == Language.KO;
    }

    /** The same words in the other language, for the language button. */
    public Texts otherLanguage() {
        return new Texts(bundleName, language.other());
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text under {@code key}, with {@code args} put into its {0}, {1}... */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    /**
     * A wait as people read it: the text under {@code inSeconds} while it is under a minute, else
     * under {@code inMinutes}, the amount rounded up and put after {@code args}.
     */
    public String waiting(String inSeconds, String inMinutes, Duration wait, Object... args) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        Object[] filled = Arrays.copyOf(args, args.length + 1);
        filled[args.length] = seconds < 60 ? seconds : (seconds + 59) / 60;
        return get(seconds < 60 ? inSeconds : inMinutes, filled);
    }

    /** A menu text in this language. */
    public String of(LocalizedText text) {
        return text.in(locale());
    }

    /** Options on one line: "Iced · Large · Oat milk". */
    public String ofAll(List<LocalizedText> texts) {
        return texts.stream().map(this::of).collect(Collectors.joining(" · "));
    }

    public String won(long amount) {
        String digits = grouping.format(amount);
        return isKorean() ? digits + "원" : "₩" + digits;
    }

    /** A price change shown on an option: "+500원", or nothing for a free one. */
    public String wonDelta(long delta) {
        if (delta == 0) {
            return "";
        }
        return (delta > 0 ? "+" : "−") + won(Math.abs(delta));
    }
}
