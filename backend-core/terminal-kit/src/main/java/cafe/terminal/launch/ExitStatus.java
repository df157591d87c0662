package cafe.terminal.launch;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How a screen's process ends, for the supervisor that starts it again on a store PC: it restarts
 * on any status but {@link #DONE}. A kill by a signal ends with 128 + the signal (143 for SIGTERM).
 */
public final class ExitStatus {

    /** Left on purpose: the staff PIN on a kiosk, the window closed on a console or a board. */
    public static final int DONE = 0;
    /** Could not start (an unreadable terminal file) or failed while running. */
    public static final int FAILED = 1;
    /** A wrong command line; the message says what is wrong. */
    public static final int USAGE = 2;
    /** No display to show a window on. */
    public static final int NO_DISPLAY = 3;

    /** The status the process ends with once the screen closes; one per process, as the process is one. */
    private static final AtomicInteger ON_CLOSE = new AtomicInteger(DONE);

    private ExitStatus() {
    }

    public static void onClose(int status) {
        ON_CLOSE.set(status);
    }

    public static int onClose() {
        return ON_CLOSE.get();
    }
}
