package cafe.core.platform.persistence;

import java.io.IOException;

/**
 * The system said a sync of a database's files failed. It may have dropped the pages it could not
 * write, and it says so only once: a later sync that succeeds proves nothing about them.
 */
public final class DiskSyncFailed extends IOException {

    public DiskSyncFailed(String what, Throwable cause) {
        super(what + " could not be synced to the disk (" + cause.getMessage() + ")", cause);
    }
}
