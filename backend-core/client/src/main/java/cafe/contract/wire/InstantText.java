package cafe.contract.wire;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An instant as ISO-8601 text, exactly as {@link Instant#toString()} writes it ("2026-12-06T10:03:00.250Z",
 * the fraction in groups of three digits, none when zero), made without a {@code DateTimeFormatter}:
 * every event carries several instants, and formatting them was about 3% of the server's work in a
 * rush. Instants before 1970 or after 9999 are left to {@code Instant.toString()}.
 */
public final class InstantText {

    private static final long LAST_SECOND_OF_9999 = 253_402_300_799L;
    private static final int SECONDS_PER_DAY = 86_400;

    private InstantText() {
    }

    public static String of(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < 0 || seconds > LAST_SECOND_OF_9999) {
            return instant.toString();
        }
        LocalDate day = LocalDate.ofEpochDay(seconds / SECONDS_PER_DAY);
        int secondOfDay = (int) (seconds % SECONDS_PER_DAY);
        StringBuilder text = new StringBuilder(30);
        digits(text, day.getYear(), 4).append('-');
        digits(text, day.getMonthValue(), 2).append('-');
        digits(text, day.getDayOfMonth(), 2).append('T');
        digits(text, secondOfDay / 3600, 2).append(':');
        digits(text, secondOfDay / 60 % 60, 2).append(':');
        digits(text, secondOfDay % 60, 2);
        fraction(text, instant.getNano());
        return text.append('Z').toString();
    }

    private static void fraction(StringBuilder text, int nanos) {
        if (nanos == 0) {
            return;
        }
        text.append('.');
        if (nanos % 1_000_000 == 0) {
            digits(text, nanos / 1_000_000, 3);
        } else if (nanos % 1_000 == 0) {
            digits(text, nanos / 1_000, 6);
        } else {
            digits(text, nanos, 9);
        }
    }

    private static StringBuilder digits(StringBuilder text, int value, int width) {
        String number = Integer.toString(value);
        text.append("000000000", 0, width - number.length());
        return text.append(number);
    }
}
