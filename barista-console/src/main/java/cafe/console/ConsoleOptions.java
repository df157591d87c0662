package cafe.console;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The console's command line: {@code --config FILE} (a terminal properties file, by default
 * {@code data/terminals/barista.properties}; given twice, the later wins, so {@code ./cafe console
 * --config FILE} works) and {@code --station NAME} (overrides the file's).
 */
public record ConsoleOptions(Path config, Optional<String> station) {

    public static final Path DEFAULT_CONFIG = Path.of("data", "terminals", "barista.properties");

    public static ConsoleOptions parse(List<String> args) {
        Path config = DEFAULT_CONFIG;
        Optional<String> station = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--config" -> config = Path.of(valueAfter(args, i++));
                case "--station" -> station = Optional.of(valueAfter(args, i++));
                default -> throw new IllegalArgumentException("unknown argument " + arg
                        + " (use --config FILE --station NAME)");
            }
        }
        return new ConsoleOptions(config, station);
    }

    private static String valueAfter(List<String> args, int at) {
        if (at + 1 >= args.size() || args.get(at + 1).isBlank()) {
            throw new IllegalArgumentException(args.get(at) + " needs a value");
        }
        return args.get(at + 1);
    }
}
