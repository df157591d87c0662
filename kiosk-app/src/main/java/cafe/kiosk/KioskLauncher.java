package cafe.kiosk;

import java.util.List;
import javafx.application.Application;
import org.slf4j.LoggerFactory;

/**
 * Starts the kiosk. A plain class, because a main class that extends Application does not start
 * with JavaFX on the class path.
 */
public final class KioskLauncher {

    private KioskLauncher() {
    }

    public static void main(String[] args) {
        try {
            KioskOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            LoggerFactory.getLogger(KioskLauncher.class).error(e.getMessage());
            System.exit(2);
        }
        Application.launch(KioskApp.class, args);
    }
}
