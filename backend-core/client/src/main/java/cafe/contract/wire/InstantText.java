package cafe.contract.wire;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An instant as ISO-8601 text, exactly as {@link Instant#toString()} writes it ("2026-12-06T10:03:00.250Z",
 * the fraction in groups of three digits, none when zero), made and read without a
 * {@code DateTimeFormatter}: every event carries several instants, and formatting them was about 3%
 * of the server's work in a rush, reading them about 1% (more in a terminal). Instants before 1970
 * or after 9999 are left to {@code Instant.toString()}; text in any other form to the caller.
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

    /**
     * The instant of text in the form {@link #of} writes (a fraction of one to nine digits), or null
     * when the text is in another form or names no time (a 30th of February, a leap second).
     */
    public static Instant parsePlain(String text) {
        int length = text.length();
        if (length < 20 || length > 30 || length == 21 || !plainShape(text)) {
            return null;
        }
        int month = number(text, 5, 7);
        int day = number(text, 8, 10);
        int hour = number(text, 11, 13);
        int minute = number(text, 14, 16);
        int second = number(text, 17, 19);
        if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        try {
            long epochDay = LocalDate.of(number(text, 0, 4), month, day).toEpochDay();
            return Instant.ofEpochSecond(epochDay * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second,
                    nanos(text, length - 1));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean plainShape(String text) {
        int last = text.length() - 1;
        for (int i = 0; i < last; i++) {
            char c = text.charAt(i);
            boolean fits = switch (i) {
                case 4, 7 -> c == '-';
                case 10 -> c == 'T';
                case 13, 16 -> c == ':';
                case 19 -> c == '.';
                default -> c >= '0' && c <= '9';
            };
            if (!fits) {
                return false;
            }
        }
        return text.charAt(last) == 'Z';
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }

    private static int nanos(String text, int end) {
        if (end <= 20) {
            return 0;
        }
        int nanos = number(text, 20, end);
        for (int digits = end - 20; digits < 9; digits++) {
            nanos *= 10;
        }
        return nanos;
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
