package cafe.core.server.settings;

import cafe.core.platform.persistence.DatabaseSettings;
import cafe.core.server.settings.SettingsFile.Entry;
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
                file.onlyFor(KIND + " = postgresql", url, user, password, passwordFile);
                return new DatabaseSettings(DatabaseSettings.Kind.SQLITE, null, null, null, poolSize);
            }
            case "postgresql" -> {
                return DatabaseSettings.postgresql(url(file, url), file.required(user, KIND + " = postgresql", USER + " (the login)"),
                        file.secret(PASSWORD, PASSWORD_FILE, KIND + " = postgresql"), poolSize);
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
        String value = file.required(url, KIND + " = postgresql", URL + " (" + URL_FORM + ")");
        if (!value.startsWith(DatabaseSettings.POSTGRESQL_URL_PREFIX + "//")) {
            throw file.problem(url.get(), URL + " must be " + URL_FORM + ", was '" + value + "'");
        }
        return value;
    }
}
