package cafe.core.platform.persistence;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;

/**
 * The connection pool's judgement of a failed call: a connection that met a full or failing disk
 * is closed instead of being handed out again, so the next transaction starts on a fresh one
 * (and works as soon as space returns). Named in the pool's settings, which create it by reflection.
 */
public final class BrokenConnections implements SQLExceptionOverride {

    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException failure) {
        return StorageFaults.breaksConnection(failure)
                ? SQLExceptionOverride.Override.MUST_EVICT : SQLExceptionOverride.Override.CONTINUE_EVICT;
    }
}
