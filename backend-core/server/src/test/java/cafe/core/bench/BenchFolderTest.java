package cafe.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchFolderTest {

    @TempDir
    Path home;

    @Test
    void aTemporaryFolderGoesWithItsStoresWhenTheRunEnds() throws Exception {
        BenchFolder stores = BenchFolder.of(null);
        Path log = Files.createDirectories(stores.path().resolve("default/store/logs")).resolve("server.log");
        Files.writeString(log, "a run's worth of lines");

        stores.runEnded();

        assertThat(stores.path()).doesNotExist();
    }

    @Test
    void aFolderGivenWithWorkStays() throws Exception {
        BenchFolder stores = BenchFolder.of(home.resolve("bench"));
        Files.writeString(stores.path().resolve("store.log"), "kept for reading");

        stores.runEnded();

        assertThat(stores.path().resolve("store.log")).hasContent("kept for reading");
    }
}
