package cafe.core.testing;

import cafe.contract.wire.Role;
import cafe.core.platform.messaging.ExternalBrokerSettings;
import cafe.core.platform.persistence.DatabaseSettings;
import cafe.core.server.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./cafe server-room [FOLDER]}: what a server room would run for a store, on this PC: an
 * Artemis primary and its replicating backup from the official distribution and a PostgreSQL
 * server, with a server settings file for the store beside them. For trying the store on them
 * ({@code ./cafe bench --settings FILE}, {@code CAFE_SETTINGS=FILE ./cafe run}); Ctrl-C stops them.
 */
public final class ServerRoom {

    private ServerRoom() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "server-room").toAbsolutePath();
        System.out.println("Starting PostgreSQL and an Artemis primary with its backup in " + folder + "...");
        TestPostgres postgres = TestPostgres.start(folder.resolve("postgres"));
        ArtemisPair pair = ArtemisPair.start(folder.resolve("brokers"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            pair.close();
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }, "server-room-stop"));
        Path settings = write(folder, postgres.newDatabase(DatabaseSettings.DEFAULT_POOL_SIZE), pair.settings());
        System.out.println("Running. The store's settings: " + settings);
        System.out.println("  ./cafe bench --settings " + settings);
        System.out.println("  CAFE_SETTINGS=" + settings + " ./cafe run");
        System.out.println("Ctrl-C stops the brokers and PostgreSQL.");
        Thread.currentThread().join();
    }

    /** The store's settings file for the database and the broker pair, its passwords in files of their own. */
    public static Path write(Path folder, DatabaseSettings database, ExternalBrokerSettings broker) throws IOException {
        Path databasePassword = Files.writeString(folder.resolve("database.password"), database.password() + "\n");
        List<String> settings = new ArrayList<>(List.of(
                "database.kind = postgresql",
                "database.url = " + database.url(),
                "database.user = " + database.user(),
                "database.password-file = " + databasePassword));
        settings.addAll(brokerSettings(folder, broker));
        return Files.write(folder.resolve("server.properties"), settings);
    }

    /** The settings file of a store on the broker and its own SQLite files. */
    public static Path write(Path folder, ExternalBrokerSettings broker) throws IOException {
        return Files.write(folder.resolve("server.properties"), brokerSettings(folder, broker));
    }

    private static List<String> brokerSettings(Path folder, ExternalBrokerSettings broker) throws IOException {
        Path brokerPassword = Files.writeString(folder.resolve("broker.password"), broker.password() + "\n");
        List<String> terminals = new ArrayList<>();
        for (Role role : Role.values()) {
            broker.terminalPassword(role).ifPresent(password -> terminals.add(role.user() + " = " + password));
        }
        Path terminalPasswords = Files.write(folder.resolve("terminal.passwords"), terminals);
        return List.of(
                "broker.kind = external",
                "broker.servers = " + String.join(", ", broker.servers()),
                "broker.user = " + broker.user(),
                "broker.password-file = " + brokerPassword,
                "broker.terminal-passwords-file = " + terminalPasswords);
    }
}
