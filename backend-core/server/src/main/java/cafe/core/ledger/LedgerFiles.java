package cafe.core.ledger;

import cafe.core.platform.persistence.StoreDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The store's databases, opened read-only so the check changes nothing, whether the server is
 * running (SQLite's WAL lets it read beside the server) or stopped, cleanly or not.
 */
final class LedgerFiles {

    /** One row as its columns' text, in the order the query named them. */
    record Row(List<String> values) {
        String get(int column) {
            return values.get(column);
        }
    }

    private final StoreDatabases databases;

    LedgerFiles(StoreDatabases databases) {
        this.databases = databases;
    }

    boolean exists(String database) throws SQLException {
        return databases.exists(database);
    }

    String describe(String database) {
        return databases.describe(database);
    }

    boolean hasTable(String database, String table) throws SQLException {
        try (Connection connection = databases.connectReadOnly(database);
             ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), table,
                     new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    /**
     * What the database product finds damaged in the file ({@code PRAGMA integrity_check}); none
     * for PostgreSQL, whose own tools (amcheck) check its storage.
     */
    List<String> damage(String database) throws SQLException {
        if (!databases.keepsFiles()) {
            return List.of();
        }
        return rows(database, "pragma integrity_check").stream().map(row -> row.get(0))
                .filter(verdict -> !"ok".equals(verdict)).toList();
    }

    List<Row> rows(String database, String sql) throws SQLException {
        try (Connection connection = databases.connectReadOnly(database);
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
