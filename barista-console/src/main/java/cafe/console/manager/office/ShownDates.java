package cafe.console.manager.office;

import cafe.terminal.i18n.Texts;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * Days as the screen's language writes them (2026. 12. 4. on a Korean screen, Dec 4, 2026 on an
 * English one), whatever the computer's own locale is; and a typed day read back in that style, its
 * short style, or year first with any separator (2026-12-04, 2026.12.4), as people type dates.
 */
public final class ShownDates {

    private static final DateTimeFormatter YEAR_FIRST = DateTimeFormatter.ofPattern("uuuu-M-d")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Texts texts;
    private final ZoneId zone;
    private final DateTimeFormatter shown;
    private final List<DateTimeFormatter> read;

    public ShownDates(Texts texts, ZoneId zone) {
        this.texts = texts;
        this.zone = zone;
        this.shown = localized(FormatStyle.MEDIUM);
        this.read = List.of(shown, localized(FormatStyle.SHORT), localized(FormatStyle.LONG));
    }

    public ZoneId zone() {
        return zone;
    }

    public String day(LocalDate day) {
        return day == null ? "" : shown.format(day);
    }

    /** The day and the hour and minute, in the store's zone: "2026. 12. 4. 14:05". */
    public String dayAndTime(Instant at) {
        return at == null ? "" : day(LocalDate.ofInstant(at, zone)) + " " + TIME.format(at.atZone(zone));
    }

    /** The day typed, if it is one. */
    public Optional<LocalDate> read(String typed) {
        String text = typed == null ? "" : typed.strip();
        for (DateTimeFormatter format : read) {
            Optional<LocalDate> day = parse(text, format);
            if (day.isPresent()) {
                return day;
            }
        }
        return parse(text.replaceAll("\\.$", "").replaceAll("\\s*[./-]\\s*", "-"), YEAR_FIRST);
    }

    /** Why a typed text is not a day, with {@code example} written as one. */
    public String unreadable(String typed, LocalDate example) {
        return texts.get("dates.unreadable", typed.strip(), day(example));
    }

    private DateTimeFormatter localized(FormatStyle style) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendLocalized(style, null)
                .toFormatter(texts.locale()).withChronology(IsoChronology.INSTANCE)
                .withResolverStyle(ResolverStyle.SMART);
    }

    private static Optional<LocalDate> parse(String text, DateTimeFormatter format) {
        try {
            return Optional.of(LocalDate.parse(text, format));
        } catch (DateTimeException notThisStyle) {
            return Optional.empty();
        }
    }
}
