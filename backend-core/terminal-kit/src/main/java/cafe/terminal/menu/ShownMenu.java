package cafe.terminal.menu;

import cafe.contract.menu.Menu;
import java.util.Optional;

/**
 * Which menu a screen shows, from MenuChanged events (and answers to its changes) and from its own
 * reads, one on every connect. An event no newer than the menu shown changes nothing. A read replaces
 * the menu shown even when it is older or has its number (a store restored from a backup counts from
 * lower again), unless an event brought a newer one while it was read: that one is shown instead.
 * Used on one thread, the screen's.
 */
public final class ShownMenu {

    private Menu shown;
    /** The newest menu heard since the last read was asked, shown or not. */
    private Menu heardSinceRead;

    /** Call as a read is asked: what is heard from now on may be newer than its answer. */
    public void readAsked() {
        heardSinceRead = null;
    }

    /** An event or a change's answer: the menu to show now, if it is newer than the one shown. */
    public Optional<Menu> heard(Menu menu) {
        if (heardSinceRead == null || menu.version() > heardSinceRead.version()) {
            heardSinceRead = menu;
        }
        return shown != null && menu.version() <= shown.version() ? Optional.empty() : show(menu);
    }

    /** The screen's own read: the menu to show now, unless it is the one shown. */
    public Optional<Menu> read(Menu menu) {
        Menu newest = heardSinceRead != null && heardSinceRead.version() > menu.version() ? heardSinceRead : menu;
        return newest.equals(shown) ? Optional.empty() : show(newest);
    }

    private Optional<Menu> show(Menu menu) {
        shown = menu;
        return Optional.of(menu);
    }
}
