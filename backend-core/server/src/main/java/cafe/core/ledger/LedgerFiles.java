package cafe.core.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * The store's SQLite files, opened read-only so the check changes nothing, whether the server is
 * running (WAL lets it read beside the server) or stopped, cleanly or not.
 */
final class LedgerFiles {

    /** One row as its columns' text, in the order the query named them. */
    record Row(List<String> values) {
        String get(int column) {
            return values.get(column);
        }
    }

    private final Path dataDir;

    LedgerFiles(Path dataDir) {
        this.dataDir = dataDir;
    }

    boolean exists(String database) {
        return Files.isRegularFile(file(database));
    }

    Path file(String database) {
        return dataDir.resolve(database + ".db");
    }

    boolean hasTable(String database, String table) throws SQLException {
        return !rows(database, "select name from sqlite_master where type = 'table' and name = '" + table + "'")
                .isEmpty();
    }

    List<Row> rows(String database, String sql) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5_000);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + file(database).toAbsolutePath());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            List<Row> rows = new ArrayList<>();
            while (result.next()) {
                List<String> values = new ArrayList<>(columns);
                for (int column = 1; column <= columns; column++) {
                    values.add(result.getString(column));
                }
                rows.add(new Row(values));
            }
            return rows;
        }
    }
}
