package cafe.core.server;

import cafe.contract.wire.Role;
import cafe.core.platform.TestTerminal;
import cafe.core.platform.persistence.DatabaseSettings;
import cafe.core.platform.persistence.StoreDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A real StoreServer in a test's folder with the small test menu, terminals that talk to it as
 * kiosks and baristas do, and a look into its databases (SQLite files or PostgreSQL) to see what was stored.
 */
public final class RunningStore implements AutoCloseable {

    public static final String TEST_MENU = "cafe/core/menu/test-menu.json";

    private final StoreConfig config;
    /** What runs beside the server for this store alone (a broker of its own), stopped after it. */
    private final AutoCloseable beside;
    private final List<TestTerminal> terminals = new ArrayList<>();
    private StoreServer server;

    public RunningStore(StoreConfig config) {
        this(config, () -> { });
    }

    RunningStore(StoreConfig config, AutoCloseable beside) {
        this.config = config;
        this.beside = beside;
        this.server = StoreServer.start(config);
    }

    /** A store with the test menu on the tests' set-up ({@link TestSetup}). */
    public static RunningStore withTestMenu(Path dataDir) {
        return TestSetup.start(StoreConfig.forTests(dataDir).withMenuResource(TEST_MENU));
    }

    public StoreServer server() {
        return server;
    }

    public StoreConfig config() {
        return config;
    }

    public TestTerminal terminal(Role role) throws Exception {
        var terminalConfig = server.terminalConfig(role);
        TestTerminal terminal = TestTerminal.connect(terminalConfig.brokerUrl(), terminalConfig.user(),
                terminalConfig.password());
        terminals.add(terminal);
        return terminal;
    }

    /** Stops the server and starts it again on the same data, port and passwords. */
    public void restart() throws Exception {
        stop();
        start();
    }

    /** Stops the server, as a power cut or an update of the back-office PC does; its terminals go with it. */
    public void stop() throws Exception {
        closeTerminals();
        server.close();
    }

    /** Starts the stopped server again on the same data, port and passwords. */
    public void start() {
        server = StoreServer.start(config);
    }

    /** A single number from one context's database, e.g. {@code select count(*) from customer_order}. */
    public long query(String context, String sql) throws SQLException {
        try (var connection = connect(context);
             var rows = connection.createStatement().executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    /** A single text from one context's database, e.g. an authorization code; null when no row. */
    public String queryText(String context, String sql) throws SQLException {
        try (var connection = connect(context);
             var rows = connection.createStatement().executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    /** Changes one context's database behind the server's back, as an operator's SQL would. */
    public void execute(String context, String sql) throws SQLException {
        try (var connection = connect(context)) {
            connection.createStatement().executeUpdate(sql);
        }
    }

    /** Changes one context's database in a data folder, whether a server runs on it or not. */
    public static void executeIn(Path dataDir, String context, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(jdbcUrl(dataDir, context))) {
            connection.createStatement().executeUpdate(sql);
        }
    }

    /** The store's databases, SQLite files or PostgreSQL, as its settings say. */
    public StoreDatabases databases() {
        return config.database().databases(config.dataDir());
    }

    private Connection connect(String context) throws SQLException {
        return config.database().kind() == DatabaseSettings.Kind.SQLITE
                ? DriverManager.getConnection(jdbcUrl(config.dataDir(), context)) : databases().connect(context);
    }

    private static String jdbcUrl(Path dataDir, String context) {
        return "jdbc:sqlite:" + dataDir.resolve(context + ".db").toAbsolutePath() + "?busy_timeout=5000";
    }

    private void closeTerminals() throws Exception {
        for (TestTerminal terminal : terminals) {
            terminal.close();
        }
        terminals.clear();
    }

    @Override
    public void close() throws Exception {
        closeTerminals();
        server.close();
        beside.close();
    }
}
