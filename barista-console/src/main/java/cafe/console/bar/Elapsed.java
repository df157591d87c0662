package cafe.console.bar;

import java.time.Duration;

/** Ticket timers as a barista reads them: "4:07", and "1:02:15" past an hour. */
public final class Elapsed {

    private Elapsed() {
    }

    public static String clock(Duration elapsed) {
        long seconds = Math.max(0, elapsed.toSeconds());
        return clock(seconds);
    }

    public static String clock(long seconds) {
        long s = Math.max(0, seconds);
        if (s >= 3600) {
            return String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
        }
        return String.format("%d:%02d", s / 60, s % 60);
    }
}
