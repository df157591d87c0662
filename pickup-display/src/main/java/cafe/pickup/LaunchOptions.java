package cafe.pickup;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The pickup display's command line: {@code [--config FILE] [--fullscreen] [--mute] [--lang ko|en]
 * [--ready-timeout MINUTES]}.
 */
record LaunchOptions(Path config, boolean fullscreen, boolean muted, Locale locale, Duration readyTimeout) {

    static final String USAGE = "usage: pickup-display [--config FILE] [--fullscreen] [--mute]"
            + " [--lang ko|en] [--ready-timeout MINUTES]";
    private static final Path DEFAULT_CONFIG = Path.of("data", "terminals", "display.properties");
    private static final List<String> LANGUAGES = List.of("ko", "en");

    LaunchOptions {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(readyTimeout, "readyTimeout");
    }

    /** Reads the arguments; throws IllegalArgumentException with the usage on anything unknown. */
    static LaunchOptions parse(List<String> args) {
        Path config = DEFAULT_CONFIG;
        boolean fullscreen = false;
        boolean muted = false;
        Locale locale = Locale.KOREAN;
        Duration readyTimeout = cafe.pickup.board.BoardSettings.DEFAULT_READY_TIMEOUT;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--config" -> config = Path.of(value(args, ++i));
                case "--fullscreen" -> fullscreen = true;
                case "--mute" -> muted = true;
                case "--lang" -> locale = language(value(args, ++i));
                case "--ready-timeout" -> readyTimeout = minutes(value(args, ++i));
                default -> throw new IllegalArgumentException("unknown argument '" + args.get(i) + "'; " + USAGE);
            }
        }
        return new LaunchOptions(config, fullscreen, muted, locale, readyTimeout);
    }

    private static String value(List<String> args, int index) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(args.get(index - 1) + " needs a value; " + USAGE);
        }
        return args.get(index);
    }

    private static Locale language(String tag) {
        if (!LANGUAGES.contains(tag)) {
            throw new IllegalArgumentException("--lang must be ko or en, not '" + tag + "'; " + USAGE);
        }
        return Locale.forLanguageTag(tag);
    }

    private static Duration minutes(String text) {
        try {
            long minutes = Long.parseLong(text);
            if (minutes > 0) {
                return Duration.ofMinutes(minutes);
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("--ready-timeout takes whole minutes above 0, not '" + text + "'; " + USAGE);
    }
}
