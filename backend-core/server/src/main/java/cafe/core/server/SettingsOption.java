package cafe.core.server;

import cafe.core.server.settings.ServerSettings;
import cafe.core.server.settings.SettingsProblem;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --settings FILE}, shared by the commands that open the store's databases. */
final class SettingsOption {

    /** The keys of the file, for {@code --help}; the README's "Server settings" has the whole story. */
    static final String KEYS = "%nThe settings file (--settings FILE) is a Java properties file; a key left out keeps"
            + " its default:%n"
            + "  database.kind = sqlite | postgresql     sqlite (default): a file per context in the data folder%n"
            + "  database.url = jdbc:postgresql://HOST[:PORT]/DATABASE     a schema per context in it%n"
            + "  database.user = LOGIN%n"
            + "  database.password-file = FILE     its first line (or database.password = SECRET)%n"
            + "  database.pool-size = N     connections per context, 1..100 (default 3)%n"
            + "  broker.kind = embedded | external     embedded (default): the StoreServer runs its own%n"
            + "  broker.servers = HOST:PORT[, HOST:PORT]     an external broker: the primary, then its backup%n"
            + "  broker.user = LOGIN     the services' user (needs the manage permission)%n"
            + "  broker.password-file = FILE     its first line (or broker.password = SECRET)%n"
            + "  broker.terminal-passwords-file = FILE     role = password lines, for the terminal files%n"
            + "  store.time-zone = ZONE     e.g. Asia/Seoul: when the business day starts (default: the PC's)%n"
            + "See \"Server settings\" in the README.";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    private ServerSettings settings = ServerSettings.defaults();

    @Option(names = "--settings", paramLabel = "FILE",
            description = "The server settings file (Java properties; keys below). Without it: SQLite files in the "
                    + "data folder and the broker embedded. Command-line options win over it.")
    void file(Path file) {
        try {
            settings = ServerSettings.read(file);
        } catch (SettingsProblem problem) {
            throw new ParameterException(spec.commandLine(), problem.getMessage());
        }
    }

    /** The file's settings, or the defaults without one. */
    ServerSettings settings() {
        return settings;
    }
}
