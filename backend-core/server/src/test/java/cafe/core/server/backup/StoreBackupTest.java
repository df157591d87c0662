package cafe.core.server.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreBackupTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path backups;

    @Test
    void aLiveSnapshotWhoseJournalCannotBeSealedLeavesNothingBehind() throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("ordering.db"));
             var statement = connection.createStatement()) {
            statement.execute("create table orders (id text primary key)");
        }
        Path target = backups.resolve("night");

        assertThatThrownBy(() -> new StoreBackup(dataDir, "test", Clock.systemUTC()).live(target, () -> () -> { },
                brokerTarget -> {
                    throw new IllegalStateException("the journal stayed busy");
                })).hasMessage("the journal stayed busy");

        assertThat(target).doesNotExist();
    }
}
