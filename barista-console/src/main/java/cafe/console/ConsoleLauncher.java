package cafe.console;

import javafx.application.Application;

/**
 * Starts the barista console: {@code [--config FILE] [--station NAME]}. A plain class, because a main
 * class that extends Application does not start with JavaFX on the class path.
 */
public final class ConsoleLauncher {

    private ConsoleLauncher() {
    }

    public static void main(String[] args) {
        ConsoleOptions.parse(java.util.List.of(args));
        Application.launch(ConsoleApp.class, args);
    }
}
