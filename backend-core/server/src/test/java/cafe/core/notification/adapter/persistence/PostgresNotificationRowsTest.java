package cafe.core.notification.adapter.persistence;

import cafe.core.platform.persistence.StoreDatabases;
import cafe.core.server.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notification context's rows on PostgreSQL: the cases its SQLite tests check, each in an empty
 * database of one server, since the plain SQL of its stores must mean the same on both.
 */
class PostgresNotificationRowsTest {

    @TempDir
    static Path folder;
    private static TestPostgres postgres;

    @BeforeAll
    static void startPostgres() {
        postgres = TestPostgres.start(folder);
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    private static StoreDatabases newDatabase(Path dataDir) throws Exception {
        return postgres.newDatabase(2).databases(dataDir);
    }

    @Nested
    class ContactsAndNotifications extends HibernateNotificationStoreTest {

        @Override
        StoreDatabases databases(Path dataDir) throws Exception {
            return newDatabase(dataDir);
        }
    }

    @Nested
    class Receipts extends HibernateReceiptsTest {

        @Override
        StoreDatabases databases(Path dataDir) throws Exception {
            return newDatabase(dataDir);
        }
    }
}
