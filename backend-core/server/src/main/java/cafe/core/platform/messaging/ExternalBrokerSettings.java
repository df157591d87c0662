package cafe.core.platform.messaging;

import cafe.contract.wire.Role;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A broker the store does not run, e.g. an Artemis primary/backup pair in a server room: its
 * servers as {@code host:port} (the primary first), the user and password the services connect
 * with, and the password the broker's operators gave each terminal role's user.
 */
public record ExternalBrokerSettings(List<String> servers, String user, String password,
                                     Map<Role, String> terminalPasswords) {

    /** The services keep trying to reach the broker this long at start before giving up with a reason. */
    static final int INITIAL_CONNECT_ATTEMPTS = 30;
    /**
     * A server that hangs or loses its power closes no socket: the broker drops its connections after
     * this long without a ping (Artemis's default is a minute; checked every 2 s unless the broker's
     * operators set otherwise) and gives the messages it held to another server. The services ping
     * every {@link #FAILURE_CHECK_MILLIS} and take as long without a word from the broker, checked at
     * that pace, for its failure.
     */
    static final int CONNECTION_TTL_MILLIS = 6_000;
    static final int FAILURE_CHECK_MILLIS = 2_000;
    private static final String SERVICES_TUNING = "ha=true&reconnectAttempts=-1&retryInterval=1000"
            + "&clientFailureCheckPeriod=" + FAILURE_CHECK_MILLIS + "&connectionTTL=" + CONNECTION_TTL_MILLIS
            + "&retryIntervalMultiplier=1.5&maxRetryInterval=2000&initialConnectAttempts=" + INITIAL_CONNECT_ATTEMPTS;

    public ExternalBrokerSettings {
        servers = List.copyOf(servers);
        terminalPasswords = Map.copyOf(terminalPasswords);
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("an external broker needs at least one server (host:port)");
        }
        servers.forEach(ExternalBrokerSettings::requireHostAndPort);
    }

    /** The services' URL: fail over to the backup and keep reconnecting, however long the broker is away. */
    public String servicesUrl() {
        return serverList() + "?" + SERVICES_TUNING;
    }

    /** A terminal's URL: it tries each server in turn whenever it (re)connects. */
    public String terminalUrl() {
        return serverList();
    }

    /** The password of the role's user, if the operators gave one. */
    public Optional<String> terminalPassword(Role role) {
        return Optional.ofNullable(terminalPasswords.get(role));
    }

    private String serverList() {
        return servers.stream().map(server -> "tcp://" + server).collect(Collectors.joining(",", "(", ")"));
    }

    private static void requireHostAndPort(String server) {
        int colon = server.lastIndexOf(':');
        String port = colon > 0 ? server.substring(colon + 1) : "";
        if (!port.matches("\\d{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            throw new IllegalArgumentException("'" + server + "' is not host:port");
        }
    }
}
