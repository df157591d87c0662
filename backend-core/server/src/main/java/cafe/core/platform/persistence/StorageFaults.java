package cafe.core.platform.persistence;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.sqlite.SQLiteException;

/**
 * Tells the database failures that mean "the database cannot take writes now" (a full disk, an I/O
 * error, read-only, cannot open a file; with PostgreSQL also a server that is down, shutting down or
 * unreachable) from the ones that mean "this request is wrong". After such a failure SQLite may have
 * rolled the whole transaction back on its own, which leaves the JDBC connection believing a
 * transaction is open when none is: the connection must not be used again.
 */
final class StorageFaults {

    /** SQLite's primary result codes for a disk that refuses writes: READONLY, IOERR, FULL, CANTOPEN. */
    private static final Set<Integer> SQLITE_DISK_CODES = Set.of(8, 10, 13, 14);
    /** What sqlite-jdbc says when it commits on a connection whose transaction SQLite already ended. */
    private static final String NO_TRANSACTION = "no transaction is active";

    private StorageFaults() {
    }

    /** True if the failure, or any of its causes, is the disk refusing writes. */
    static boolean isStorageFault(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isDiskFault(sql)) {
                return true;
            }
        }
        return false;
    }

    /** True if a connection that threw this must be closed rather than handed out again. */
    static boolean breaksConnection(SQLException failure) {
        return isDiskFault(failure) || String.valueOf(failure.getMessage()).contains(NO_TRANSACTION);
    }

    private static boolean isDiskFault(SQLException failure) {
        if (failure instanceof SQLiteException) {
            return SQLITE_DISK_CODES.contains(failure.getErrorCode() & 0xff);
        }
        if (failure instanceof SQLTransientConnectionException) {
            return true; // the pool found no connection in time: the server is away
        }
        // other databases: SQLSTATE class 53 (insufficient resources: disk full), 58 (system error),
        // 08 (connection exception) or 57P (the server is shutting down or not yet up)
        String state = failure.getSQLState();
        return state != null && (state.startsWith("53") || state.startsWith("58") || state.startsWith("08")
                || state.startsWith("57P"));
    }
}
