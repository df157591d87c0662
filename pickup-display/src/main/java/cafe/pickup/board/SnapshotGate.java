package cafe.pickup.board;

import cafe.contract.board.PickupBoard;
import java.util.Optional;

/**
 * Decides which board snapshots reach the screen. An event passes only when its version is newer
 * than the one shown, so repeated and late events are dropped. A reload (on start, on reconnect,
 * on the periodic resync) replaces whatever is shown, because a restarted or reset server may
 * answer with a version at or below the one on screen; only an event newer than the reload's
 * answer that arrived while the reload was under way wins over it.
 */
final class SnapshotGate {

    private static final long NOTHING = -1;

    private long shownVersion = NOTHING;
    private long reloadTicket;
    private boolean reloading;
    private long newestEventWhileReloading = NOTHING;

    Optional<PickupBoard> offerEvent(PickupBoard board) {
        if (board.version() <= shownVersion) {
            return Optional.empty();
        }
        shownVersion = board.version();
        if (reloading) {
            newestEventWhileReloading = Math.max(newestEventWhileReloading, board.version());
        }
        return Optional.of(board);
    }

    /** Starts a reload and returns its ticket; a newer reload makes older tickets void. */
    long reloadStarted() {
        reloading = true;
        newestEventWhileReloading = NOTHING;
        return ++reloadTicket;
    }

    boolean reloading() {
        return reloading;
    }

    Optional<PickupBoard> offerReload(long ticket, PickupBoard board) {
        if (ticket != reloadTicket) {
            return Optional.empty();
        }
        reloading = false;
        if (newestEventWhileReloading > board.version()) {
            return Optional.empty();
        }
        shownVersion = board.version();
        return Optional.of(board);
    }

    /** The reading with this ticket is the newest one asked. */
    boolean isNewest(long ticket) {
        return ticket == reloadTicket;
    }

    void reloadFailed(long ticket) {
        if (ticket == reloadTicket) {
            reloading = false;
        }
    }
}
