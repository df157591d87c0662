package cafe.pickup;

import cafe.pickup.board.BoardSettings;
import cafe.terminal.launch.BilingualScreenCommand;
import cafe.terminal.launch.BuildVersion;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The pickup display's command line: the screens' shared options, {@code --mute} and {@code --ready-timeout}. */
@Command(name = "cafe-pickup-display", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        sortOptions = false, description = {
            "The pickup board: preparing and ready numbers on a TV, full screen without a mouse cursor.",
            "F11 leaves and re-enters full screen; M mutes and unmutes the ready chime."})
public final class PickupOptions extends BilingualScreenCommand {

    @Option(names = "--mute", description = "Starts without the ready chime.")
    private boolean muted;

    @Option(names = "--ready-timeout", paramLabel = "MINUTES", converter = Minutes.class,
            description = "An uncollected ready number leaves the board after this long (default 10).")
    private Duration readyTimeout = BoardSettings.DEFAULT_READY_TIMEOUT;

    public boolean muted() {
        return muted;
    }

    public Duration readyTimeout() {
        return readyTimeout;
    }

    static final class Minutes implements picocli.CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String text) {
            try {
                long minutes = Long.parseLong(text);
                if (minutes > 0) {
                    return Duration.ofMinutes(minutes);
                }
            } catch (NumberFormatException e) {
                // the message below says what is expected
            }
            throw new TypeConversionException("takes whole minutes above 0, not '" + text + "'");
        }
    }
}
