package cafe.core.platform.persistence;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the contexts keep their data: SQLite files in the data folder, one per context (the
 * default), or one PostgreSQL database with a schema per context. {@code poolSize} is the number of
 * connections each context's pool keeps at most.
 */
public record DatabaseSettings(Kind kind, String url, String user, String password, int poolSize) {

    /** The database products a store can keep its data in. */
    public enum Kind { SQLITE, POSTGRESQL }

    public static final int DEFAULT_POOL_SIZE = 3;
    public static final int MAX_POOL_SIZE = 100;
    public static final String POSTGRESQL_URL_PREFIX = "jdbc:postgresql:";

    public DatabaseSettings {
        Objects.requireNonNull(kind, "kind");
        if (poolSize < 1 || poolSize > MAX_POOL_SIZE) {
            throw new IllegalArgumentException("pool size must be 1.." + MAX_POOL_SIZE + ", was " + poolSize);
        }
        if (kind == Kind.POSTGRESQL) {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
            if (url == null || !url.startsWith(POSTGRESQL_URL_PREFIX)) {
                throw new IllegalArgumentException("a PostgreSQL URL starts with " + POSTGRESQL_URL_PREFIX + ", was " + url);
            }
        }
    }

    /** Today's store on one PC: {@code <dataDir>/<context>.db}. */
    public static DatabaseSettings sqliteFiles() {
        return new DatabaseSettings(Kind.SQLITE, null, null, null, DEFAULT_POOL_SIZE);
    }

    public static DatabaseSettings postgresql(String url, String user, String password, int poolSize) {
        return new DatabaseSettings(Kind.POSTGRESQL, url, user, password, poolSize);
    }

    /** The contexts' databases of a store whose data folder is {@code dataDir}. */
    public StoreDatabases databases(Path dataDir) {
        return kind == Kind.SQLITE ? new SqliteFiles(dataDir, poolSize) : new PostgresqlSchemas(this);
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return kind == Kind.SQLITE ? "SQLite files" : "PostgreSQL " + url + " as " + user + ", " + poolSize
                + " connections per context";
    }
}
