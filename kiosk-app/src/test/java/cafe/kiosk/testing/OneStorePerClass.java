package cafe.kiosk.testing;

import cafe.core.server.RunningStore;
import cafe.core.server.StoreConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** A real StoreServer in a temporary folder, shared by the tests of one class (a start takes seconds). */
public abstract class OneStorePerClass {

    @TempDir
    static Path data;
    protected static RunningStore store;

    @BeforeAll
    static void openTheStore() {
        store = new RunningStore(StoreConfig.forTests(data));
    }

    @AfterAll
    static void closeTheStore() throws Exception {
        store.close();
    }
}
