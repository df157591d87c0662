package cafe.pickup;

import java.util.List;
import javafx.application.Application;
import org.slf4j.LoggerFactory;

/**
 * Starts the pickup display: {@code [--config FILE] [--fullscreen] [--mute] [--lang ko|en]
 * [--ready-timeout MINUTES]}. A plain class, because a main class that extends Application does not
 * start with JavaFX on the class path.
 */
public final class PickupLauncher {

    private PickupLauncher() {
    }

    public static void main(String[] args) {
        try {
            LaunchOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            LoggerFactory.getLogger(PickupLauncher.class).error(e.getMessage());
            System.exit(2);
        }
        Application.launch(PickupApp.class, args);
    }
}
