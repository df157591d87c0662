package cafe.terminal.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A terminal's settings file as plain properties: besides what the client reads from it (the
 * broker URL, user and password), each screen keeps its own keys there, e.g. {@code console.station}
 * or {@code kiosk.staff-pin}.
 */
public final class TerminalFile {

    private TerminalFile() {
    }

    public static Properties read(Path file) throws IOException {
        Properties settings = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            settings.load(in);
        }
        return settings;
    }
}
