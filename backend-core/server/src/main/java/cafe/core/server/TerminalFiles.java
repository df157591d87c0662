package cafe.core.server;

import cafe.client.TerminalConfig;
import cafe.contract.wire.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes {@code <dataDir>/terminals/<role>.properties} for every role, the file a terminal app on
 * the back-office PC reads with {@link TerminalConfig#load} (plain TCP on loopback). Terminals on
 * other PCs get theirs by pairing ({@code cafe-server pair}), never by copying these.
 */
final class TerminalFiles {

    private TerminalFiles() {
    }

    /** A role without a config (an external broker's operators gave it no password) gets no file. */
    static void write(Path dataDir, Function<Role, Optional<TerminalConfig>> configs) {
        Path folder = dataDir.resolve("terminals");
        try {
            Files.createDirectories(folder);
            for (Role role : Role.values()) {
                Optional<TerminalConfig> config = configs.apply(role);
                if (config.isPresent()) {
                    config.get().save(folder.resolve(role.user() + ".properties"),
                            "How a terminal on this PC reaches the store server; other PCs pair instead");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the terminal files in " + folder, e);
        }
    }
}
