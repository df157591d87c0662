package cafe.core.testing;

import cafe.contract.wire.Role;
import cafe.core.platform.messaging.ExternalBrokerSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * A primary broker and its replicating backup from the official Artemis distribution (which the
 * build unpacks into the {@code cafe.artemis.home} system property's folder), each in a process of
 * its own on free loopback ports, as a server room would run them. Their users are the store's:
 * the services user (who may also manage, for the address settings) and one user per terminal role.
 */
public final class ArtemisPair implements AutoCloseable {

    public static final String SERVICES_USER = "cafe-services";
    private static final String PASSWORD = "pair-password-1";
    private static final Duration START_WITHIN = Duration.ofSeconds(120);
    private static final String ACTIVE = "AMQ221007";
    private static final String BACKUP_IN_SYNC = "AMQ221024";

    private final Broker primary;
    private final Broker backup;

    private ArtemisPair(Broker primary, Broker backup) {
        this.primary = primary;
        this.backup = backup;
    }

    /** Creates both brokers under {@code folder}, starts them and returns once the backup has caught up. */
    public static ArtemisPair start(Path folder) throws Exception {
        Path home = home();
        int primaryPort = freePort();
        int backupPort = freePort();
        Broker primary = new Broker(folder.resolve("primary"), primaryPort);
        Broker backup = new Broker(folder.resolve("backup"), backupPort);
        Process creatingPrimary = primary.create(home, replicated(backupPort, false));
        Process creatingBackup = backup.create(home, replicated(primaryPort, true));
        primary.created(creatingPrimary);
        backup.created(creatingBackup);
        ArtemisPair pair = new ArtemisPair(primary, backup);
        try {
            primary.run();
            primary.awaitLog(ACTIVE);
            backup.run();
            backup.awaitLog(BACKUP_IN_SYNC);
            return pair;
        } catch (Exception | AssertionError e) {
            pair.close();
            throw e;
        }
    }

    /**
     * One broker without a backup (only {@link #settings} and {@link #close} apply), for tests of
     * several StoreServers on one broker rather than of a broker's failover.
     */
    public static ArtemisPair startAlone(Path folder) throws Exception {
        Broker alone = new Broker(folder.resolve("alone"), freePort());
        alone.created(alone.create(home(), List.of()));
        ArtemisPair broker = new ArtemisPair(alone, null);
        try {
            alone.run();
            alone.awaitLog(ACTIVE);
            return broker;
        } catch (Exception | AssertionError e) {
            broker.close();
            throw e;
        }
    }

    private static Path home() {
        return Path.of(System.getProperty("cafe.artemis.home", "target/artemis/apache-artemis"));
    }

    /** The options of {@code artemis create} for one of a replicating pair whose other broker listens on the port. */
    private static List<String> replicated(int otherPort, boolean isBackup) {
        List<String> options = new ArrayList<>(List.of("--replicated", "--clustered", "--failover-on-shutdown",
                "--static-cluster", "tcp://127.0.0.1:" + otherPort,
                "--cluster-user", "cafe-cluster", "--cluster-password", PASSWORD));
        if (isBackup) {
            options.add("--backup");
        }
        return options;
    }

    /** The store's settings for these brokers: their servers, the services user, a password per terminal role. */
    public ExternalBrokerSettings settings() {
        Map<Role, String> terminals = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            terminals.put(role, PASSWORD);
        }
        List<String> servers = new ArrayList<>(List.of("127.0.0.1:" + primary.port));
        if (backup != null) {
            servers.add("127.0.0.1:" + backup.port);
        }
        return new ExternalBrokerSettings(servers, SERVICES_USER, PASSWORD, terminals);
    }

    /** Kills the primary's process at once, as a power cut would. */
    public void killPrimary() {
        primary.kill();
    }

    /** Returns once the backup has taken over as the active broker. */
    public void awaitBackupActive() {
        backup.awaitLog(ACTIVE);
    }

    @Override
    public void close() {
        primary.kill();
        if (backup != null) {
            backup.kill();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** One broker instance: its folder, its acceptor's port and, once running, its process. */
    private static final class Broker {

        private final Path instance;
        private final int port;
        private Process process;

        Broker(Path instance, int port) {
            this.instance = instance;
            this.port = port;
        }

        Process create(Path home, List<String> haOptions) throws IOException {
            List<String> command = new ArrayList<>(Arrays.asList("sh", home.resolve("bin/artemis").toString(),
                    "create", instance.toString(), "--silent", "--force", "--nio", "--no-autotune", "--no-web",
                    "--host", "127.0.0.1", "--default-port", String.valueOf(port),
                    "--user", SERVICES_USER, "--password", PASSWORD, "--require-login",
                    "--no-amqp-acceptor", "--no-mqtt-acceptor", "--no-stomp-acceptor", "--no-hornetq-acceptor"));
            command.addAll(haOptions);
            Files.createDirectories(instance.getParent());
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(instance.getParent().resolve(instance.getFileName() + "-create.log").toFile())
                    .start();
        }

        /**
     * Waits for {@code artemis create}, then gives every terminal role a user and a small heap. Every
     * user is in the distribution's {@code amq} role (which may manage the broker) and in a role of
     * its own name, which the store's permissions on its addresses name.
     */
        void created(Process creating) throws Exception {
            if (!creating.waitFor(START_WITHIN.toSeconds(), TimeUnit.SECONDS) || creating.exitValue() != 0) {
                throw new IllegalStateException("artemis create failed for " + instance + ": "
                        + Files.readString(instance.getParent().resolve(instance.getFileName() + "-create.log")));
            }
            StringBuilder users = new StringBuilder("\n");
            StringBuilder members = new StringBuilder(SERVICES_USER);
            StringBuilder ownRoles = new StringBuilder(SERVICES_USER + " = " + SERVICES_USER + "\n");
            for (Role role : Role.values()) {
                users.append(role.user()).append(" = ").append(PASSWORD).append('\n');
                members.append(',').append(role.user());
                ownRoles.append(role.user()).append(" = ").append(role.user()).append('\n');
            }
            Files.writeString(instance.resolve("etc/artemis-users.properties"), users, StandardOpenOption.APPEND);
            Files.writeString(instance.resolve("etc/artemis-roles.properties"), "amq = " + members + "\n" + ownRoles);
            Path profile = instance.resolve("etc/artemis.profile");
            Files.writeString(profile, Files.readString(profile).replace(
                    "-XX:+UseG1GC -XX:+UseStringDeduplication -Xms512M -Xmx2G",
                    "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms32M -Xmx256M"));
        }

        void run() throws IOException {
            process = new ProcessBuilder("sh", instance.resolve("bin/artemis").toString(), "run")
                    .redirectErrorStream(true).redirectOutput(log().toFile()).start();
        }

        private Path log() {
            return instance.resolveSibling(instance.getFileName() + ".log");
        }

        void awaitLog(String code) {
            Awaitility.await(instance.getFileName() + " logs " + code).atMost(START_WITHIN)
                    .pollInterval(Duration.ofMillis(200)).until(() -> {
                        if (process != null && !process.isAlive()) {
                            throw new IllegalStateException(instance.getFileName() + " ended: " + logText());
                        }
                        return logText().contains(code);
                    });
        }

        private String logText() {
            try {
                return Files.exists(log()) ? Files.readString(log(), StandardCharsets.UTF_8) : "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void kill() {
            if (process != null) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                try {
                    process.waitFor(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
