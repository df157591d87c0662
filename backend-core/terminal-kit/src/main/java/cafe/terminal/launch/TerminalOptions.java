package cafe.terminal.launch;

import cafe.terminal.window.Geometry;
import cafe.terminal.window.WindowMode;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options every store screen's launcher takes (a picocli mixin): where its terminal file is,
 * and how its window stands.
 */
public final class TerminalOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "The terminal file (broker URL, user, password and the screen's own keys). "
                    + "Default: ~/.config/cafe/<role>.properties")
    private Path config;

    @Option(names = "--windowed",
            description = "A normal window, for development, instead of the screen's store mode.")
    private boolean windowed;

    @Option(names = "--geometry", paramLabel = "WxH[+X+Y]", converter = GeometryConverter.class,
            description = "Where the window goes with --windowed, in pixels or in %% of the screen, "
                    + "e.g. 800x600+0+0 or 34%%x100%%+0+0. Default: the screen's design size, centred.")
    private Geometry geometry;

    @Option(names = "--pair", paramLabel = "HOST[:PORT]",
            description = "Pairs this PC with the store server at HOST (its LAN port, 61617 unless changed) "
                    + "with a code from 'cafe-server pair', writes the terminal file and ends.")
    private String pairWith;

    @Option(names = "--code", paramLabel = "CODE",
            description = "The pairing code for --pair; asked for when not given.")
    private String pairingCode;

    /** The terminal file given, or the installed one for this role: {@code ~/.config/cafe/<role>.properties}. */
    public Path config(String role) {
        return config != null ? config
                : Path.of(System.getProperty("user.home"), ".config", "cafe", role + ".properties");
    }

    /** The store mode of the screen, or a normal window when {@code --windowed} is given. */
    public WindowMode mode(WindowMode storeMode) {
        return windowed ? WindowMode.WINDOWED : storeMode;
    }

    /** The server to pair with ({@code --pair}), or null to start the screen. */
    public String pairWith() {
        return pairWith;
    }

    /** The pairing code given with {@code --code}, or null to ask for it. */
    public String pairingCode() {
        return pairingCode;
    }

    /** Where a normal window goes; null for the design size, centred. */
    public Geometry geometry() {
        return geometry;
    }

    static final class GeometryConverter implements picocli.CommandLine.ITypeConverter<Geometry> {
        @Override
        public Geometry convert(String value) {
            return Geometry.parse(value);
        }
    }
}
