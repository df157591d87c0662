package cafe.kiosk.i18n;

import cafe.contract.LocalizedText;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The kiosk's words in Korean or English, from {@code cafe/kiosk/i18n/kiosk_<lang>.properties}, and
 * money as a customer reads it: "4,500원" in Korean, "₩4,500" in English.
 */
public final class Texts {

    public static final String BUNDLE = "cafe.kiosk.i18n.kiosk";

    private final Locale locale;
    private final ResourceBundle bundle;
    private final NumberFormat grouping;

    private Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.grouping = NumberFormat.getIntegerInstance(Locale.ROOT);
        grouping.setGroupingUsed(true);
    }

    public static Texts korean() {
        return new Texts(Locale.KOREAN);
    }

    public static Texts english() {
        return new Texts(Locale.ENGLISH);
    }

    public boolean isKorean() {
        return locale.equals(Locale.KOREAN);
    }

    public Texts otherLanguage() {
        return isKorean() ? english() : korean();
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public String of(LocalizedText text) {
        return text.in(locale);
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
