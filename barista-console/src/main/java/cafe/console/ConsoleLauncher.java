package cafe.console;

import javafx.application.Application;

/** Starts the barista console: {@code --config FILE --station NAME}. Not an Application itself, see VERSIONS.md. */
public final class ConsoleLauncher {

    private ConsoleLauncher() {
    }

    public static void main(String[] args) {
        ConsoleOptions.parse(java.util.List.of(args));
        Application.launch(ConsoleApp.class, args);
    }
}
