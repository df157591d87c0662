package cafe.core.notification.adapter.persistence;

import cafe.contract.wire.Json;
import cafe.core.notification.NotificationContext;
import cafe.core.platform.persistence.DatabaseSettings;
import cafe.core.platform.persistence.ServiceDatabase;
import cafe.core.platform.persistence.StoreDatabases;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test of the notification context's stores on an empty database of their own: SQLite files in
 * the test's folder, or a PostgreSQL database for the same cases in {@link PostgresNotificationStoreTest}
 * and {@link PostgresReceiptsTest}.
 */
abstract class NotificationDatabaseTest {

    @TempDir
    Path dataDir;
    ServiceDatabase database;

    @BeforeEach
    void openDatabase() throws Exception {
        database = ServiceDatabase.open(databases(dataDir), NotificationContext.DATABASE,
                HibernateNotificationStore.ENTITIES, Json.newMapper(), Clock.systemUTC());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    StoreDatabases databases(Path dataDir) throws Exception {
        return DatabaseSettings.sqliteFiles().databases(dataDir);
    }
}
