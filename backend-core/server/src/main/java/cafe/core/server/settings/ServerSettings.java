package cafe.core.server.settings;

import cafe.core.platform.messaging.ExternalBrokerSettings;
import cafe.core.platform.persistence.DatabaseSettings;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The server settings file ({@code cafe-server run --settings FILE}), a Java properties file in
 * sections by key prefix: {@code database.*} ({@link DatabaseSection}), {@code broker.*}
 * ({@link BrokerSection}) and {@code store.*} ({@link StoreSection}). A key or the whole file left
 * out means today's default: a store on one PC. A section is one class that takes its keys from the
 * {@link SettingsFile} and one line in {@link #read}; a key no section takes is refused.
 */
public record ServerSettings(DatabaseSettings database, Optional<ExternalBrokerSettings> externalBroker,
                             Optional<ZoneId> timeZone) {

    /** No settings file: SQLite files in the data folder, the broker embedded. */
    public static ServerSettings defaults() {
        return read(SettingsFile.none());
    }

    /** Reads the file; a bad value fails with a {@link SettingsProblem} naming its line and key. */
    public static ServerSettings read(Path file) {
        return read(SettingsFile.read(file));
    }

    private static ServerSettings read(SettingsFile file) {
        DatabaseSettings database = DatabaseSection.read(file);
        Optional<ExternalBrokerSettings> broker = BrokerSection.read(file);
        Optional<ZoneId> timeZone = StoreSection.timeZone(file);
        file.refuseUnknownKeys();
        return new ServerSettings(database, broker, timeZone);
    }
}
