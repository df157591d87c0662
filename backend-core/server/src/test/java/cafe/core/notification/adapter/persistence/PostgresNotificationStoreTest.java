package cafe.core.notification.adapter.persistence;

import cafe.core.platform.persistence.StoreDatabases;
import cafe.core.server.TestPostgres;
import java.nio.file.Path;

/** The contacts' and notifications' cases on PostgreSQL, where their plain SQL must mean the same. */
class PostgresNotificationStoreTest extends HibernateNotificationStoreTest {

    @Override
    StoreDatabases databases(Path dataDir) throws Exception {
        return TestPostgres.shared().newDatabase(2).databases(dataDir);
    }
}
