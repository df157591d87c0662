package cafe.core.server.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreRestoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;
    @TempDir
    Path snapshot;

    @BeforeEach
    void aStoreAndASnapshotOfAnotherDay() throws IOException {
        write(dataDir, "ordering.db", "today's orders");
        write(dataDir, "users.properties", "today's users");
        write(dataDir, "broker/journal/cafe-1.amq", "today's journal");
        write(snapshot, "ordering.db", "Monday's orders");
        write(snapshot, "payment.db", "Monday's payments");
        write(snapshot, "users.properties", "Monday's users");
        write(snapshot, "broker/journal/cafe-7.amq", "Monday's journal");
        SnapshotManifest.write(snapshot, "test", Instant.parse("2026-11-30T22:00:00Z"));
    }

    @Test
    void aDiskThatFillsUpHalfWayThroughTheCopyLeavesTheFolderAsItWas() throws IOException {
        write(dataDir, "restoring-notes.txt", "the operator's own file");
        Map<String, String> before = contents(dataDir);
        write(dataDir, "restoring-20261206-092000/ordering.db", "a restore killed half-way");
        AtomicInteger copied = new AtomicInteger();
        StoreRestore restore = new StoreRestore(dataDir, CLOCK, (from, to) -> {
            if (copied.incrementAndGet() == 3) {
                throw new IOException("No space left on device");
            }
            Files.copy(from, to);
        });

        assertThatThrownBy(() -> restore.from(snapshot))
                .hasMessageContaining("No space left on device")
                .hasMessageEndingWith("nothing in the folder was changed");

        assertThat(contents(dataDir)).isEqualTo(before);
    }

    @Test
    void aRestoredFolderHoldsTheSnapshotAndKeepsWhatItHeldAside() throws IOException {
        write(dataDir, "replaced-20261206-093000/ordering.db", "a restore earlier in the same second");

        StoreRestore.Restored restored = new StoreRestore(dataDir, CLOCK).from(snapshot);

        Path aside = restored.replaced().orElseThrow();
        assertThat(aside.getFileName()).hasToString("replaced-20261206-093000-2");
        assertThat(contents(aside)).containsOnly(Map.entry("ordering.db", "today's orders"),
                Map.entry("users.properties", "today's users"), Map.entry("broker/", ""),
                Map.entry("broker/journal/", ""), Map.entry("broker/journal/cafe-1.amq", "today's journal"));
        Map<String, String> now = contents(dataDir);
        now.keySet().removeIf(file -> file.startsWith("replaced-"));
        assertThat(now).containsOnly(Map.entry("ordering.db", "Monday's orders"),
                Map.entry("payment.db", "Monday's payments"), Map.entry("users.properties", "Monday's users"),
                Map.entry("broker/", ""), Map.entry("broker/journal/", ""),
                Map.entry("broker/journal/cafe-7.amq", "Monday's journal"));
    }

    private static void write(Path folder, String file, String text) throws IOException {
        Path path = folder.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    /**
     * Every file and folder under the folder by its relative path (a folder's ends with "/"), with a
     * file's text; the restore's lock file is left out.
     */
    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(path -> !path.equals(folder)).toList()) {
                String name = folder.relativize(path).toString();
                if (Files.isDirectory(path)) {
                    entries.put(name + "/", "");
                } else if (!name.equals("server.lock")) {
                    entries.put(name, Files.readString(path));
                }
            }
        }
        return entries;
    }
}
