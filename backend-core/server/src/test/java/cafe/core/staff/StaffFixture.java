package cafe.core.staff;

import cafe.core.server.StoreServerCommands;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Staff added the way an operator does it, with {@code cafe-server staff add}, for tests. */
public final class StaffFixture {

    private StaffFixture() {
    }

    /** Adds a member; fails the test with the command's own words if it is refused. */
    public static void enrol(Path dataDir, String id, String name, String pin) {
        StoreServerCommands.Result added = add(dataDir, id, name, pin);
        if (added.exitCode() != 0) {
            throw new AssertionError("staff add refused: " + added.err());
        }
    }

    /** The PIN comes on standard input, as from a script; at a terminal it is asked for without echo. */
    public static StoreServerCommands.Result add(Path dataDir, String id, String name, String pin) {
        InputStream keyboard = System.in;
        System.setIn(new ByteArrayInputStream((pin + "\n").getBytes(StandardCharsets.UTF_8)));
        try {
            return StoreServerCommands.run("staff", "add", "--data", dataDir.toString(), "--id", id, "--name", name,
                    "--pin");
        } finally {
            System.setIn(keyboard);
        }
    }
}
