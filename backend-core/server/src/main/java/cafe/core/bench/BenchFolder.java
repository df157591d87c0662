package cafe.core.bench;

import cafe.core.platform.files.FileTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a bench run's stores keep their data and logs: a folder the user names stays; a temporary
 * one (a few hundred MB after a run) is removed once the run has written its table, and kept with
 * the server logs when the run fails.
 */
public record BenchFolder(Path path, boolean temporary) {

    /** The folder given with {@code --work}, or a new temporary one when none is. */
    public static BenchFolder of(Path work) throws IOException {
        return work != null ? new BenchFolder(Files.createDirectories(work), false)
                : new BenchFolder(Files.createTempDirectory("cafe-bench-"), true);
    }

    /** After a run that went to its end. */
    public void runEnded() throws IOException {
        if (temporary) {
            FileTree.delete(path);
        }
    }
}
