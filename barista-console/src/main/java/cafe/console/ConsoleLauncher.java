package cafe.console;

import cafe.terminal.launch.TerminalLauncher;

/** Starts the barista console ({@code cafe-barista-console --help} lists its options). */
public final class ConsoleLauncher {

    private ConsoleLauncher() {
    }

    public static void main(String[] args) {
        TerminalLauncher.launch(ConsoleApp.PROGRAM, ConsoleApp.class, new ConsoleOptions(), args);
    }
}
