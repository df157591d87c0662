package cafe.core.bench;

import cafe.contract.wire.Role;
import cafe.core.platform.messaging.ExternalBrokerSettings;
import cafe.core.platform.persistence.DatabaseSettings;
import cafe.core.server.settings.ServerSettings;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * A store set-up the bench measures: the default one (the broker embedded, SQLite files), or the one
 * a server settings file describes (an external broker, PostgreSQL), which its servers are started with.
 */
public record BenchSetup(String name, List<String> serverArguments, ServerSettings settings) {

    /** The roles the bench plays, which an external broker's terminal passwords must all cover. */
    private static final List<Role> PLAYED = List.of(Role.KIOSK, Role.BARISTA, Role.DISPLAY, Role.ADMIN);

    public static BenchSetup embedded() {
        return new BenchSetup("embedded broker, SQLite files", List.of(), ServerSettings.defaults());
    }

    /** The set-up of the settings file; refused, naming what is missing, when the bench could not play it. */
    public static BenchSetup from(Path settingsFile) {
        ServerSettings settings = ServerSettings.read(settingsFile);
        settings.externalBroker().ifPresent(BenchSetup::requirePasswordsOfPlayedRoles);
        String broker = settings.externalBroker().map(external -> external.servers().size() == 1 ? "external broker"
                : "external broker (" + external.servers().size() + " servers)").orElse("embedded broker");
        String database = settings.database().kind() == DatabaseSettings.Kind.POSTGRESQL ? "PostgreSQL"
                : "SQLite files";
        return new BenchSetup(broker + ", " + database, List.of("--settings", settingsFile.toAbsolutePath().toString()),
                settings);
    }

    private static void requirePasswordsOfPlayedRoles(ExternalBrokerSettings broker) {
        List<String> missing = PLAYED.stream().filter(role -> broker.terminalPassword(role).isEmpty())
                .map(Role::user).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the bench plays kiosks, consoles, displays and the admin: give "
                    + String.join(", ", missing) + " a password in broker.terminal-passwords-file");
        }
    }

    /** Whether a broker or database runs in processes of their own, whose CPU the server's figure leaves out. */
    public boolean usesOtherProcesses() {
        return settings.externalBroker().isPresent() || settings.database().kind() != DatabaseSettings.Kind.SQLITE;
    }

    /** The folder of the bench's work folder its stores keep their data in. */
    public String folder() {
        return serverArguments.isEmpty() ? "default" : "from-settings";
    }

    /** The bench's ledger of the store whose data folder is {@code dataDir}, counted before its run. */
    public StoreLedger ledgerBefore(Path dataDir) throws SQLException {
        return StoreLedger.before(settings.database().databases(dataDir));
    }
}
