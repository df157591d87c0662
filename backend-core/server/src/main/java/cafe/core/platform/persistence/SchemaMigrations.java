package cafe.core.platform.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Brings a database's schema up to date from versioned SQL scripts on the class path:
 * {@code db/<set>/V<n>__<description>.sql}, applied in version order, each once, each in its own
 * transaction together with its row in {@code schema_version}. Hibernate never touches the schema.
 */
final class SchemaMigrations {

    private static final Pattern SCRIPT = Pattern.compile("V(\\d+)__([\\w-]+)\\.sql");

    private final StoreDatabases databases;
    private final String context;
    private final Clock clock;

    /** The migrations of the context's database among the store's {@code databases}. */
    SchemaMigrations(StoreDatabases databases, String context, Clock clock) {
        this.databases = databases;
        this.context = context;
        this.clock = clock;
    }

    void apply(String migrationSet) {
        try (Connection connection = databases.connect(context)) {
            // another server starting at the same time waits here, then finds the scripts applied
            var turns = databases.serverTurns(context);
            if (turns.isPresent()) {
                turns.get().holdMigrations(connection);
            }
            createVersionTable(connection);
            Set<Integer> applied = appliedVersions(connection, migrationSet);
            for (var script : scripts(migrationSet).entrySet()) {
                if (!applied.contains(script.getKey())) {
                    run(connection, migrationSet, script.getKey(), script.getValue());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot migrate " + migrationSet + " in " + databases.describe(context)
                    + ": " + e.getMessage(), e);
        }
    }

    private void createVersionTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(databases.dialectOf("CREATE TABLE IF NOT EXISTS schema_version (migration_set TEXT NOT NULL, "
                    + "version INTEGER NOT NULL, script TEXT NOT NULL, applied_at INTEGER NOT NULL, "
                    + "PRIMARY KEY (migration_set, version))"));
        }
    }

    private static Set<Integer> appliedVersions(Connection connection, String migrationSet) throws SQLException {
        Set<Integer> versions = new TreeSet<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT version FROM schema_version WHERE migration_set = ?")) {
            query.setString(1, migrationSet);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    versions.add(rows.getInt(1));
                }
            }
        }
        return versions;
    }

    private void run(Connection connection, String migrationSet, int version, String resource) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement();
             PreparedStatement record = connection.prepareStatement(
                     "INSERT INTO schema_version (migration_set, version, script, applied_at) VALUES (?, ?, ?, ?)")) {
            for (String sql : statements(resource)) {
                statement.execute(sql);
            }
            record.setString(1, migrationSet);
            record.setInt(2, version);
            record.setString(3, resource.substring(resource.lastIndexOf('/') + 1));
            record.setLong(4, clock.millis());
            record.executeUpdate();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * Splits a script on semicolons; our scripts hold plain DDL and DML, no triggers. They are
     * written with SQLite's types and read in the database's dialect, so the scripts already applied
     * to a store's SQLite files stay as they were.
     */
    private Iterable<String> statements(String resource) {
        try (InputStream in = SchemaMigrations.class.getClassLoader().getResourceAsStream(resource)) {
            String text = databases.dialectOf(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)--.*$", ""));
            return Stream.of(text.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Version -> resource name of every script in the set, from folders and jars alike. */
    static TreeMap<Integer, String> scripts(String migrationSet) {
        String folder = "db/" + migrationSet + "/";
        TreeMap<Integer, String> scripts = new TreeMap<>();
        try {
            Enumeration<URL> roots = SchemaMigrations.class.getClassLoader().getResources(folder);
            for (URL root : Collections.list(roots)) {
                for (String name : fileNames(root, folder)) {
                    Matcher m = SCRIPT.matcher(name);
                    if (m.matches() && scripts.put(Integer.parseInt(m.group(1)), folder + name) != null) {
                        throw new IllegalStateException("two scripts for version " + m.group(1) + " in " + folder);
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list " + folder, e);
        }
        return scripts;
    }

    private static Set<String> fileNames(URL root, String folder) throws IOException, URISyntaxException {
        Set<String> names = new TreeSet<>();
        if ("jar".equals(root.getProtocol())) {
            var jar = ((JarURLConnection) root.openConnection()).getJarFile();
            jar.stream().map(e -> e.getName())
                    .filter(n -> n.startsWith(folder) && n.indexOf('/', folder.length()) < 0)
                    .forEach(n -> names.add(n.substring(folder.length())));
        } else {
            try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                files.forEach(f -> names.add(f.getFileName().toString()));
            }
        }
        return names;
    }
}
