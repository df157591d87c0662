package cafe.core.server.settings;

import cafe.contract.wire.Role;
import cafe.core.platform.messaging.ExternalBrokerSettings;
import cafe.core.server.settings.SettingsFile.Entry;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The {@code broker.*} keys: the broker embedded in the StoreServer (the default), or one others
 * run, such as an Artemis primary and its backup, reached by their servers with the services' login.
 * The terminals' passwords on it come from a file of {@code role = password} lines.
 */
final class BrokerSection {

    static final String KIND = "broker.kind";
    static final String SERVERS = "broker.servers";
    static final String USER = "broker.user";
    static final String PASSWORD = "broker.password";
    static final String PASSWORD_FILE = "broker.password-file";
    static final String TERMINAL_PASSWORDS_FILE = "broker.terminal-passwords-file";

    private static final String EXTERNAL = KIND + " = external";

    private BrokerSection() {
    }

    static Optional<ExternalBrokerSettings> read(SettingsFile file) {
        Optional<Entry> kind = file.take(KIND);
        Optional<Entry> servers = file.take(SERVERS);
        Optional<Entry> user = file.take(USER);
        Optional<Entry> terminals = file.take(TERMINAL_PASSWORDS_FILE);
        String choice = kind.map(Entry::value).orElse("embedded");
        switch (choice) {
            case "embedded" -> {
                file.onlyFor(EXTERNAL, servers, user, file.take(PASSWORD), file.take(PASSWORD_FILE), terminals);
                return Optional.empty();
            }
            case "external" -> {
                String login = file.required(user, EXTERNAL, USER + " (the services' login)");
                return Optional.of(external(file, servers, login, file.secret(PASSWORD, PASSWORD_FILE, EXTERNAL),
                        terminals));
            }
            default -> throw file.problem(kind.get(), KIND + " must be embedded or external, was '" + choice + "'");
        }
    }

    private static ExternalBrokerSettings external(SettingsFile file, Optional<Entry> servers, String user,
                                                   String password, Optional<Entry> terminals) {
        String list = file.required(servers, EXTERNAL, SERVERS + " (HOST:PORT, the primary first, then its backup)");
        List<String> each = Arrays.stream(list.split(",")).map(String::strip).toList();
        try {
            return new ExternalBrokerSettings(each, user, password, terminalPasswords(file, terminals));
        } catch (IllegalArgumentException e) {
            throw file.problem(servers.get(), SERVERS + ": " + e.getMessage());
        }
    }

    /** The roles the operators made users for; a terminal of another role gets no terminal file. */
    private static Map<Role, String> terminalPasswords(SettingsFile file, Optional<Entry> terminals) {
        Map<Role, String> passwords = new EnumMap<>(Role.class);
        if (terminals.isEmpty()) {
            return passwords;
        }
        Path path = file.resolve(terminals.get().value());
        Properties lines = new Properties();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            lines.load(in);
        } catch (IOException e) {
            throw file.problem(terminals.get(), TERMINAL_PASSWORDS_FILE + " " + path + " cannot be read ("
                    + e.getClass().getSimpleName() + ")");
        }
        for (String role : lines.stringPropertyNames()) {
            passwords.put(role(file, terminals.get(), path, role), lines.getProperty(role).strip());
        }
        return passwords;
    }

    private static Role role(SettingsFile file, Entry terminals, Path path, String name) {
        try {
            return Role.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw file.problem(terminals, path + " names '" + name + "', which is no terminal role; the roles are "
                    + Arrays.stream(Role.values()).map(Role::user).toList());
        }
    }
}
