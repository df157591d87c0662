package cafe.console.manager;

import cafe.terminal.launch.TerminalLauncher;

/** Starts the manager screen ({@code cafe-manager --help} lists its options). */
public final class ManagerLauncher {

    private ManagerLauncher() {
    }

    public static void main(String[] args) {
        TerminalLauncher.launch(ManagerApp.PROGRAM, ManagerApp.class, new ManagerOptions(), args);
    }
}
