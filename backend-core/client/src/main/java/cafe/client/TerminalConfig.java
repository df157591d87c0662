package cafe.client;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/**
 * How a terminal reaches the StoreServer: the broker URL (e.g. {@code tcp://backoffice:61616}),
 * its role's user and password, and how long one request may take.
 */
public record TerminalConfig(String brokerUrl, String user, String password, Duration requestTimeout) {

    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

    public TerminalConfig {
        Objects.requireNonNull(brokerUrl, "brokerUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
    }

    /** Reads {@code broker.url}, {@code user}, {@code password} and optional {@code request.timeout.ms}. */
    public static TerminalConfig load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        return new TerminalConfig(required(p, "broker.url", file), required(p, "user", file),
                required(p, "password", file),
                Duration.ofMillis(Long.parseLong(p.getProperty("request.timeout.ms",
                        String.valueOf(DEFAULT_REQUEST_TIMEOUT.toMillis())))));
    }

    private static String required(Properties p, String key, Path file) throws IOException {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IOException(file + " has no '" + key + "'");
        }
        return value.trim();
    }

    @Override
    public String toString() {
        return "TerminalConfig[" + brokerUrl + ", user=" + user + "]";
    }
}
