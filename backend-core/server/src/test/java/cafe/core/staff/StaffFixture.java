package cafe.core.staff;

import cafe.client.staff.StaffPin;
import cafe.core.server.RunningStore;
import cafe.core.server.StoreServerCommands;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;

/** Staff added the way an operator does it, with {@code cafe-server staff add}, for tests. */
public final class StaffFixture {

    private static final int ROUNDS_TO_SIGN_IN = 1_000;

    private StaffFixture() {
    }

    /**
     * Adds a member; fails the test with the command's own words if it is refused. The command hashes
     * the PIN as the store does (600,000 rounds, a second on a test JVM); the member's hash is then
     * made again with {@value #ROUNDS_TO_SIGN_IN} rounds, so the sign-ins a test makes are checked in
     * milliseconds, the same way.
     */
    public static void enrol(Path dataDir, String id, String name, String pin) {
        StoreServerCommands.Result added = add(dataDir, id, name, pin);
        if (added.exitCode() != 0) {
            throw new AssertionError("staff add refused: " + added.err());
        }
        String quick = StaffPin.of(pin.toCharArray(), ROUNDS_TO_SIGN_IN).stored();
        try {
            RunningStore.executeIn(dataDir, "staff", "update staff_member set pin_hash = '" + quick + "' where id = '" + id + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("could not re-hash " + id + "'s PIN", e);
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
