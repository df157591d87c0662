package cafe.core.server.backup;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A snapshot written: where, of which instant, how much, and how long the services waited for it. */
public record Snapshot(Path folder, Instant taken, int databases, int brokerFiles, Duration pause) {

    /** What an operator reads about it, without the folder. */
    public List<String> describe() {
        return List.of("snapshot of " + taken + ": " + databases + " databases, " + brokerFiles + " broker files",
                "the services waited " + pause.toMillis() + " ms for it");
    }
}
