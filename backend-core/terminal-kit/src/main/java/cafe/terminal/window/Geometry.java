package cafe.terminal.window;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Rectangle2D;

/**
 * Where a window goes, as X11's {@code WIDTHxHEIGHT[+X+Y]}: each in pixels, or in percent of the
 * monitor's usable area, so one setting places windows side by side on any monitor, e.g.
 * {@code 32%x100%+0+0} for a portrait kiosk at the left. Without {@code +X+Y} the window is centred.
 */
public record Geometry(Length width, Length height, Length x, Length y) {

    private static final Pattern FORMAT = Pattern.compile("(\\d+%?)x(\\d+%?)(?:\\+(\\d+%?)\\+(\\d+%?))?");

    /** A length in pixels, or in percent of the monitor's usable width or height. */
    public record Length(int value, boolean percent) {

        static Length parse(String text) {
            boolean percent = text.endsWith("%");
            int value = Integer.parseInt(percent ? text.substring(0, text.length() - 1) : text);
            if (percent && value > 100) {
                throw new IllegalArgumentException(text + " is more than the whole screen");
            }
            return new Length(value, percent);
        }

        double of(double whole) {
            return percent ? whole * value / 100 : value;
        }
    }

    /** Reads {@code 1080x1920}, {@code 800x600+40+30} or {@code 32%x100%+0+0}. */
    public static Geometry parse(String text) {
        Matcher match = FORMAT.matcher(text.trim());
        if (!match.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not WIDTHxHEIGHT[+X+Y], e.g. 800x600+0+0 or 50%x100%+50%+0");
        }
        Length width = Length.parse(match.group(1));
        Length height = Length.parse(match.group(2));
        if (width.value() == 0 || height.value() == 0) {
            throw new IllegalArgumentException("'" + text + "' has no area");
        }
        return match.group(3) == null
                ? new Geometry(width, height, null, null)
                : new Geometry(width, height, Length.parse(match.group(3)), Length.parse(match.group(4)));
    }

    /** The window's bounds on a monitor whose usable area is {@code screen}. */
    public Rectangle2D on(Rectangle2D screen) {
        double w = width.of(screen.getWidth());
        double h = height.of(screen.getHeight());
        double left = x == null ? (screen.getWidth() - w) / 2 : x.of(screen.getWidth());
        double top = y == null ? (screen.getHeight() - h) / 2 : y.of(screen.getHeight());
        return new Rectangle2D(screen.getMinX() + left, screen.getMinY() + top, w, h);
    }
}
