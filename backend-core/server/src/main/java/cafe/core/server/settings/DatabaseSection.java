package cafe.core.server.settings;

import cafe.core.platform.persistence.DatabaseSettings;
import cafe.core.server.settings.SettingsFile.Entry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The {@code database.*} keys: SQLite files in the data folder (the default) or a PostgreSQL
 * database with a schema per context.
 */
final class DatabaseSection {

    static final String KIND = "database.kind";
    static final String URL = "database.url";
    static final String USER = "database.user";
    static final String PASSWORD = "database.password";
    static final String PASSWORD_FILE = "database.password-file";
    static final String POOL_SIZE = "database.pool-size";

    private static final String URL_FORM = DatabaseSettings.POSTGRESQL_URL_PREFIX + "//HOST[:PORT]/DATABASE";

    private DatabaseSection() {
    }

    static DatabaseSettings read(SettingsFile file) {
        Optional<Entry> kind = file.take(KIND);
        Optional<Entry> url = file.take(URL);
        Optional<Entry> user = file.take(USER);
        Optional<Entry> password = file.take(PASSWORD);
        Optional<Entry> passwordFile = file.take(PASSWORD_FILE);
        int poolSize = file.take(POOL_SIZE).map(entry -> poolSize(file, entry))
                .orElse(DatabaseSettings.DEFAULT_POOL_SIZE);
        String product = kind.map(Entry::value).orElse("sqlite");
        switch (product) {
            case "sqlite" -> {
                for (Optional<Entry> postgresOnly : List.of(url, user, password, passwordFile)) {
                    postgresOnly.ifPresent(entry -> {
                        throw file.problem(entry, entry.key() + " is for database.kind = postgresql only");
                    });
                }
                return new DatabaseSettings(DatabaseSettings.Kind.SQLITE, null, null, null, poolSize);
            }
            case "postgresql" -> {
                return DatabaseSettings.postgresql(url(file, url), required(file, user, USER + " (the login)"),
                        password(file, password, passwordFile), poolSize);
            }
            default -> throw file.problem(kind.get(), KIND + " must be sqlite or postgresql, was '" + product + "'");
        }
    }

    private static int poolSize(SettingsFile file, Entry entry) {
        try {
            int size = Integer.parseInt(entry.value());
            if (size >= 1 && size <= DatabaseSettings.MAX_POOL_SIZE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw file.problem(entry, POOL_SIZE + " must be a whole number from 1 to " + DatabaseSettings.MAX_POOL_SIZE
                + ", was '" + entry.value() + "'");
    }

    private static String url(SettingsFile file, Optional<Entry> url) {
        String value = required(file, url, URL + " (" + URL_FORM + ")");
        if (!value.startsWith(DatabaseSettings.POSTGRESQL_URL_PREFIX + "//")) {
            throw file.problem(url.get(), URL + " must be " + URL_FORM + ", was '" + value + "'");
        }
        return value;
    }

    private static String required(SettingsFile file, Optional<Entry> entry, String what) {
        return entry.map(Entry::value)
                .orElseThrow(() -> file.problem("database.kind = postgresql needs " + what));
    }

    /** From a file only the server's user reads (first line), or, less safely, the settings file itself. */
    private static String password(SettingsFile file, Optional<Entry> password, Optional<Entry> passwordFile) {
        if (password.isPresent() && passwordFile.isPresent()) {
            throw file.problem(passwordFile.get(), "give " + PASSWORD + " or " + PASSWORD_FILE + ", not both");
        }
        if (password.isPresent()) {
            return password.get().value();
        }
        Entry entry = passwordFile.orElseThrow(() -> file.problem("database.kind = postgresql needs "
                + PASSWORD_FILE + " (a file holding the password) or " + PASSWORD));
        Path path = file.resolve(entry.value());
        try {
            String first = Files.readAllLines(path, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
            if (first.isEmpty()) {
                throw file.problem(entry, PASSWORD_FILE + " " + path + " is empty");
            }
            return first;
        } catch (IOException e) {
            throw file.problem(entry, PASSWORD_FILE + " " + path + " cannot be read (" + e.getClass().getSimpleName()
                    + ")");
        }
    }
}
