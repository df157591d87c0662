package cafe.core.crash;

import static org.awaitility.Awaitility.await;

import cafe.client.TerminalConfig;
import cafe.contract.wire.Role;
import cafe.core.platform.FreePort;
import cafe.core.testing.ShortLivedServers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A StoreServer in a JVM of its own, as {@code cafe-server} runs it, on a data folder and free
 * ports; it can be killed with SIGKILL and started again on the same data and ports.
 */
final class ServerProcess implements AutoCloseable {

    private static final Duration START_DEADLINE = Duration.ofSeconds(120);
    private static final Duration STOP_DEADLINE = Duration.ofSeconds(60);

    private final Path dataDir;
    private final Path log;
    private final List<String> command;
    private Process process;

    private ServerProcess(Path dataDir, Path log, List<String> command) {
        this.dataDir = dataDir;
        this.log = log;
        this.command = List.copyOf(command);
    }

    /** Starts a server on the data folder, its output appended to the log; returns once it takes terminals. */
    static ServerProcess start(Path dataDir, Path log, String... options) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ShortLivedServers.JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "cafe.core.server.StoreServerMain",
                "--data", dataDir.toString(), "--log-dir", dataDir.resolve("logs").toString(),
                "--port", String.valueOf(FreePort.find()), "--lan-port", String.valueOf(FreePort.find()),
                "--bind", "127.0.0.1"));
        command.addAll(List.of(options));
        ServerProcess server = new ServerProcess(dataDir, log, command);
        server.start();
        return server;
    }

    TerminalConfig terminal(Role role) throws IOException {
        return TerminalConfig.load(terminalFile(role));
    }

    private Path terminalFile(Role role) {
        return dataDir.resolve("terminals").resolve(role.user() + ".properties");
    }

    /**
     * Starts the server again (after a kill) and returns once it has written its terminal files, the
     * admin's last; one that has not by the deadline is killed.
     */
    void start() throws IOException {
        Files.deleteIfExists(terminalFile(Role.ADMIN));
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            await().atMost(START_DEADLINE).until(() -> Files.exists(terminalFile(Role.ADMIN)) || !process.isAlive());
        } catch (ConditionTimeoutException e) {
            process.destroyForcibly(); // from the static start, the caller never gets this object to close it
            throw e;
        }
        if (!process.isAlive()) {
            throw new IllegalStateException("the server ended with " + process.exitValue() + "; see " + log);
        }
    }

    /** SIGKILL: no shutdown hook, no flush, no last commit. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(STOP_DEADLINE.toSeconds(), TimeUnit.SECONDS);
    }

    /** SIGSTOP: the server hangs as a PC that froze would, its sockets still open. */
    void freeze() throws IOException, InterruptedException {
        if (!signal("STOP")) {
            throw new IllegalStateException("the server could not be frozen");
        }
    }

    /** SIGCONT: the frozen server runs again. */
    void thaw() throws IOException, InterruptedException {
        if (!signal("CONT")) {
            throw new IllegalStateException("the server could not be thawed");
        }
    }

    private boolean signal(String name) throws IOException, InterruptedException {
        return new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).inheritIO().start().waitFor() == 0;
    }

    /** SIGTERM: the server stops cleanly (thawed first, if it was frozen). */
    @Override
    public void close() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            try {
                signal("CONT");
            } finally {
                process.destroy();
                if (!process.waitFor(STOP_DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
                    kill();
                }
            }
        }
    }
}
