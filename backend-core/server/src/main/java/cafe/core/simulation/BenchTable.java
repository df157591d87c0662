package cafe.core.simulation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The bench's figures beside their targets, as a Markdown table with the machine it ran on. */
final class BenchTable {

    /** One figure: what, how much, the target, its ratio to the raw one-hop p50 (0 when none), met or not. */
    record Row(String what, String measured, String target, double ratioToRawHop, Boolean met) {

        String markdown() {
            String ratio = ratioToRawHop > 0 ? String.format(Locale.ROOT, "%.1fx", ratioToRawHop) : "";
            String verdict = met == null ? "" : met ? "met" : "**not met**";
            return "| " + what + " | " + measured + " | " + target + " | " + ratio + " | " + verdict + " |";
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(String what, String measured, String target, double ratioToRawHop, Boolean met) {
        rows.add(new Row(what, measured, target, ratioToRawHop, met));
    }

    void note(String note) {
        notes.add(note);
    }

    String markdown(String machine, String command) {
        StringBuilder out = new StringBuilder();
        out.append("| figure | measured | target | vs raw one-hop p50 | |\n|---|---|---|---|---|\n");
        rows.forEach(row -> out.append(row.markdown()).append('\n'));
        out.append('\n');
        notes.forEach(note -> out.append("- ").append(note).append('\n'));
        out.append("\nMachine: ").append(machine).append("  \nCommand: `").append(command).append("`  \nRun: ")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append('\n');
        return out.toString();
    }

    void write(Path file, String machine, String command) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, "# Benchmarks\n\nWritten by `./cafe bench` (see docs/ARCHITECTURE.md, \"Known "
                + "limits\", for what the figures mean). The StoreServer runs in a JVM of its own, started as "
                + "`./cafe server` starts it; the simulated kiosks, consoles and displays connect to it over TCP "
                + "with their roles' users.\n\n" + markdown(machine, command));
    }

    /** The machine: cores, CPU, memory, Java, OS and the load average when asked. */
    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpuModel() + "), "
                + Math.round(memTotalGigabytes()) + " GB RAM, Java " + System.getProperty("java.version") + " on "
                + System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    /** The 1-minute load average, as {@code uptime} shows it. */
    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static double memTotalGigabytes() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0) / 1024.0 / 1024.0;
        } catch (IOException e) {
            return 0;
        }
    }
}
