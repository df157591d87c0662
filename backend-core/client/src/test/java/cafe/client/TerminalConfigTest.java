package cafe.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A terminal file written again (a terminal paired again) keeps what staff put in it. */
class TerminalConfigTest {

    @TempDir
    Path folder;

    @Test
    void savingTheConnectionAgainKeepsTheLinesItDoesNotOwn() throws IOException {
        Path file = folder.resolve("kiosk.properties");
        Files.writeString(file, """
                broker.url=tcp://old-server:61617
                user=kiosk
                password=old
                store.ca=kiosk.properties.store-ca.pem
                kiosk.staff-pin=pbkdf2$salt$hash
                console.station=Bar 2
                """);

        new TerminalConfig("tcp://new-server:61617", "kiosk", "new", Duration.ofSeconds(10)).save(file, "paired");

        Properties saved = read(file);
        assertThat(saved.getProperty("kiosk.staff-pin")).isEqualTo("pbkdf2$salt$hash");
        assertThat(saved.getProperty("console.station")).isEqualTo("Bar 2");
        assertThat(saved.getProperty(TerminalConfig.BROKER_URL)).isEqualTo("tcp://new-server:61617");
        assertThat(saved.getProperty(TerminalConfig.PASSWORD)).isEqualTo("new");
        assertThat(saved.getProperty(TerminalConfig.STORE_CA)).as("the new connection names none").isNull();
    }

    private static Properties read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
