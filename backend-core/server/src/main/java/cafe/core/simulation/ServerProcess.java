package cafe.core.simulation;

import cafe.client.TerminalConfig;
import cafe.contract.wire.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A StoreServer in a JVM of its own, as {@code ./cafe server} runs it, on free loopback ports (the
 * store's own server may be running on the same PC, on the usual ones) and a data folder of the
 * bench's; its peak resident memory and CPU time are read from {@code /proc}.
 */
final class ServerProcess implements AutoCloseable {

    private static final Duration START_WITHIN = Duration.ofSeconds(90);
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private final Process process;
    private final Path dataDir;

    private ServerProcess(Process process, Path dataDir) {
        this.process = process;
        this.dataDir = dataDir;
    }

    /**
     * Starts one with the card network answering after {@code gatewayLatency}, never declining at
     * random, with the set-up's own arguments (its settings file).
     */
    static ServerProcess start(Path dataDir, Duration gatewayLatency, List<String> javaOptions,
                               List<String> serverArguments, Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        int[] ports = freePorts();
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "cafe.core.server.StoreServerMain",
                "--data", dataDir.toString(), "--port", String.valueOf(ports[0]), "--lan-port",
                String.valueOf(ports[1]), "--bind", "127.0.0.1",
                "--gateway-latency-ms", String.valueOf(gatewayLatency.toMillis()), "--gateway-decline-rate", "0"));
        command.addAll(serverArguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ServerProcess server = new ServerProcess(process, dataDir);
        server.awaitTerminalFiles(log);
        return server;
    }

    private void awaitTerminalFiles(Path log) throws InterruptedException {
        long deadline = System.nanoTime() + START_WITHIN.toNanos();
        while (!Files.exists(dataDir.resolve("terminals").resolve("display.properties"))) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the store server did not start; see its log, " + log);
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    TerminalConfig terminal(Role role) {
        return SimulateMain.load(dataDir.resolve("terminals"), role);
    }

    Path dataDir() {
        return dataDir;
    }

    /** The most memory the server's process ever held resident (VmHWM), in MB. */
    double peakResidentMegabytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmHWM in /proc/" + process.pid() + "/status");
    }

    /** CPU seconds the server's process used so far, user and system. */
    double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS_PER_SECOND;
    }

    /** Two ports free at once, for the terminals and the LAN. */
    private static int[] freePorts() {
        try (ServerSocket terminals = new ServerSocket(0); ServerSocket lan = new ServerSocket(0)) {
            return new int[] {terminals.getLocalPort(), lan.getLocalPort()};
        } catch (IOException e) {
            throw new UncheckedIOException("no free TCP port", e);
        }
    }

    /** Stops it as SIGTERM does: cleanly. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
