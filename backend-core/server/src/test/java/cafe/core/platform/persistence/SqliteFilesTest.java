package cafe.core.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Which of SQLite's failures in a checkpoint say the disk may have lost writes. */
class SqliteFilesTest {

    @ParameterizedTest
    @EnumSource(names = {"SQLITE_IOERR", "SQLITE_IOERR_FSYNC", "SQLITE_IOERR_DIR_FSYNC", "SQLITE_IOERR_WRITE",
        "SQLITE_IOERR_READ", "SQLITE_IOERR_SHORT_READ", "SQLITE_IOERR_TRUNCATE"})
    void anErrorReadingWritingOrSyncingAFileIsTheDisks(SQLiteErrorCode code) {
        assertThat(SqliteFiles.diskFailed(new SQLiteException("disk I/O error", code))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(names = {"SQLITE_BUSY", "SQLITE_FULL", "SQLITE_CORRUPT", "SQLITE_IOERR_NOMEM", "SQLITE_IOERR_SHMMAP",
        "SQLITE_IOERR_LOCK"})
    void aBusyFullOrCorruptDatabaseOrAShortageOfMemoryOrLocksIsNot(SQLiteErrorCode code) {
        assertThat(SqliteFiles.diskFailed(new SQLiteException("not an I/O error", code))).isFalse();
    }

    @Test
    void anotherDriversFailureIsNot() {
        assertThat(SqliteFiles.diskFailed(new SQLException("not SQLite's"))).isFalse();
    }
}
