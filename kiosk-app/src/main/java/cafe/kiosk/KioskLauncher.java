package cafe.kiosk;

import cafe.terminal.launch.TerminalLauncher;

/** Starts the kiosk ({@code cafe-kiosk --help} lists its options). */
public final class KioskLauncher {

    private KioskLauncher() {
    }

    public static void main(String[] args) {
        TerminalLauncher.launch(KioskApp.PROGRAM, KioskApp.class, new KioskOptions(), args);
    }
}
