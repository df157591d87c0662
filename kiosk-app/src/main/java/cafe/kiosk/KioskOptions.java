package cafe.kiosk;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The kiosk's command line: {@code [--config FILE] [--kiosk-id NAME] [--lang ko|en] [--fullscreen]
 * [--landscape]}. The config file is the terminal file the StoreServer writes for the kiosk role.
 */
record KioskOptions(Path config, String kioskId, boolean english, boolean fullscreen, boolean landscape) {

    static final String USAGE = "usage: kiosk [--config FILE] [--kiosk-id NAME] [--lang ko|en] [--fullscreen] [--landscape]";
    private static final Path DEFAULT_CONFIG = Path.of("data", "terminals", "kiosk.properties");

    KioskOptions {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(kioskId, "kioskId");
    }

    /** Reads the arguments; throws IllegalArgumentException with the usage on anything unknown. */
    static KioskOptions parse(List<String> args) {
        Path config = DEFAULT_CONFIG;
        String kioskId = "kiosk-1";
        boolean english = false;
        boolean fullscreen = false;
        boolean landscape = false;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--config" -> config = Path.of(value(args, ++i));
                case "--kiosk-id" -> kioskId = value(args, ++i);
                case "--lang" -> english = english(value(args, ++i));
                case "--fullscreen" -> fullscreen = true;
                case "--landscape" -> landscape = true;
                default -> throw new IllegalArgumentException("unknown argument '" + args.get(i) + "'; " + USAGE);
            }
        }
        return new KioskOptions(config, kioskId, english, fullscreen, landscape);
    }

    private static String value(List<String> args, int index) {
        if (index >= args.size() || args.get(index).isBlank()) {
            throw new IllegalArgumentException(args.get(index - 1) + " needs a value; " + USAGE);
        }
        return args.get(index);
    }

    private static boolean english(String tag) {
        return switch (tag) {
            case "ko" -> false;
            case "en" -> true;
            default -> throw new IllegalArgumentException("--lang must be ko or en, not '" + tag + "'; " + USAGE);
        };
    }
}
