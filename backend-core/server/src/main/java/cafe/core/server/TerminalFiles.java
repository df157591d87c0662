package cafe.core.server;

import cafe.client.TerminalConfig;
import cafe.contract.wire.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;
import java.util.function.Function;

/**
 * Writes {@code <dataDir>/terminals/<role>.properties} for every role, the file a terminal app
 * reads with {@link TerminalConfig#load}. Terminals on other PCs take a copy with the back-office
 * PC's address in {@code broker.url}.
 */
final class TerminalFiles {

    private TerminalFiles() {
    }

    static void write(Path dataDir, Function<Role, TerminalConfig> configs) {
        Path folder = dataDir.resolve("terminals");
        try {
            Files.createDirectories(folder);
            for (Role role : Role.values()) {
                write(folder.resolve(role.user() + ".properties"), configs.apply(role));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the terminal files in " + folder, e);
        }
    }

    private static void write(Path file, TerminalConfig config) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("broker.url", config.brokerUrl());
        properties.setProperty("user", config.user());
        properties.setProperty("password", config.password());
        properties.setProperty("request.timeout.ms", String.valueOf(config.requestTimeout().toMillis()));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, "How this terminal reaches the store server; on another PC put the "
                    + "back-office PC's address in broker.url");
        }
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
