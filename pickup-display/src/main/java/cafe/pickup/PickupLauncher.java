package cafe.pickup;

import cafe.terminal.launch.TerminalLauncher;

/** Starts the pickup display ({@code cafe-pickup-display --help} lists its options). */
public final class PickupLauncher {

    private PickupLauncher() {
    }

    public static void main(String[] args) {
        TerminalLauncher.launch(PickupApp.PROGRAM, PickupApp.class, new PickupOptions(), args);
    }
}
