package cafe.terminal.window;

/** How a screen's window stands on its PC. */
public enum WindowMode {
    /** The kiosk in a store: full screen, undecorated, on top of everything, left only with the staff PIN. */
    APPLIANCE,
    /** A TV or a wall screen: full screen, no exit hint, no exit key. */
    FULL_SCREEN,
    /** A work screen such as the barista console: the whole screen, with the desktop's window frame. */
    MAXIMIZED,
    /** A normal window, for development: the screen's design size fitted to the monitor, or a given geometry. */
    WINDOWED
}
