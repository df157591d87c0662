package cafe.console.bar;

/**
 * A short message over the screen: an error the barista must see, or a confirmation.
 * {@code serial} tells two equal messages apart, so the same warning can show twice in a row.
 */
public record Toast(String text, Kind kind, long serial) {

    public enum Kind { INFO, ERROR }
}
