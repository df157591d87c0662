package cafe.kiosk;

import cafe.terminal.launch.BilingualScreenCommand;
import cafe.terminal.launch.BuildVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The kiosk's command line: the screens' shared options, {@code --kiosk-id} and {@code --landscape}.
 * Without {@code --windowed} the kiosk is a locked appliance, left only with the staff PIN or the owner's code.
 */
@Command(name = "cafe-kiosk", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        sortOptions = false, description = {
            "The self-order kiosk. In a store it runs full screen, undecorated and on top, and ignores the",
            "window's close button and the usual exit keys; staff leave it with the staff PIN (hold the top-left",
            "corner for 3 s, or press Ctrl+Alt+Shift+S). Put the PIN's hash in the terminal file with hash-pin;",
            "hash-pin --owner makes the owner's code (10 to 12 digits), which leaves the kiosk even while wrong PINs",
            "make the staff PIN wait.",
            "Exit status: 0 left by staff, 1 failed, 2 wrong command line, 3 no display."})
public final class KioskOptions extends BilingualScreenCommand {

    @Option(names = "--kiosk-id", paramLabel = "NAME", description = "This kiosk's name on its orders (default kiosk-1).")
    private String kioskId = "kiosk-1";

    @Option(names = "--landscape", description = "A 1920x1080 landscape screen instead of a 1080x1920 portrait one.")
    private boolean landscape;

    public String kioskId() {
        return kioskId;
    }

    public boolean landscape() {
        return landscape;
    }
}
