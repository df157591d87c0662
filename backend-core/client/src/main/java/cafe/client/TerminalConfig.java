package cafe.client;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * How a terminal reaches the StoreServer: the broker URL (e.g. {@code tcp://127.0.0.1:61616} on the
 * back-office PC, {@code tcp://backoffice:61617} on the LAN), its role's user and password, how long
 * one request may take and, on the LAN, the store's certificate authority (a PEM file) the TLS
 * connection trusts and nothing else.
 */
public record TerminalConfig(String brokerUrl, String user, String password, Duration requestTimeout,
                             Optional<Path> storeAuthority) {

    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

    /** The properties a terminal file holds; {@code store.ca} is a path, relative to the file's folder. */
    public static final String BROKER_URL = "broker.url";
    public static final String USER = "user";
    public static final String PASSWORD = "password";
    public static final String REQUEST_TIMEOUT_MS = "request.timeout.ms";
    public static final String STORE_CA = "store.ca";

    public TerminalConfig {
        Objects.requireNonNull(brokerUrl, "brokerUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(storeAuthority, "storeAuthority");
    }

    /** A connection without TLS: for the terminals on the back-office PC itself (loopback). */
    public TerminalConfig(String brokerUrl, String user, String password, Duration requestTimeout) {
        this(brokerUrl, user, password, requestTimeout, Optional.empty());
    }

    /**
     * Reads {@code broker.url}, {@code user}, {@code password}, optional {@code request.timeout.ms}
     * and optional {@code store.ca} (TLS, trusting only that CA).
     */
    public static TerminalConfig load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        Path folder = file.toAbsolutePath().getParent();
        return new TerminalConfig(required(p, BROKER_URL, file), required(p, USER, file),
                required(p, PASSWORD, file),
                Duration.ofMillis(Long.parseLong(p.getProperty(REQUEST_TIMEOUT_MS,
                        String.valueOf(DEFAULT_REQUEST_TIMEOUT.toMillis())))),
                Optional.ofNullable(p.getProperty(STORE_CA)).map(String::trim).map(folder::resolve));
    }

    /**
     * Writes this config as a terminal file that only its owner may read (it holds a password),
     * replacing any earlier one at once but keeping its other lines; the CA is named relative to the
     * file's folder when inside it.
     */
    public void save(Path file, String comment) throws IOException {
        Path target = file.toAbsolutePath();
        Properties p = kept(target);
        p.remove(STORE_CA);
        p.setProperty(BROKER_URL, brokerUrl);
        p.setProperty(USER, user);
        p.setProperty(PASSWORD, password);
        p.setProperty(REQUEST_TIMEOUT_MS, String.valueOf(requestTimeout.toMillis()));
        storeAuthority.map(ca -> relativeIfInside(target.getParent(), ca.toAbsolutePath()))
                .ifPresent(ca -> p.setProperty(STORE_CA, ca));
        Files.createDirectories(target.getParent());
        Path written = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".new");
        try {
            if (written.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
            }
            try (Writer out = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
                p.store(out, comment);
            }
            Files.move(written, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(written);
        }
    }

    /**
     * What the file holds already, so that saving the connection keeps the lines it does not own (the
     * kiosk's staff PIN, the console's station, its timings): pairing again must not lock staff out.
     * An unreadable file keeps nothing.
     */
    private static Properties kept(Path target) {
        Properties p = new Properties();
        if (Files.isRegularFile(target)) {
            try (Reader in = Files.newBufferedReader(target, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                p.clear();
            }
        }
        return p;
    }

    private static String relativeIfInside(Path folder, Path file) {
        return file.startsWith(folder) ? folder.relativize(file).toString() : file.toString();
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
        return "TerminalConfig[" + brokerUrl + ", user=" + user + storeAuthority.map(ca -> ", TLS").orElse("") + "]";
    }
}
