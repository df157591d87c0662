package cafe.core.simulation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bench's figures beside their targets, a column of them per store set-up it measured, as a
 * Markdown table with the machine it ran on.
 */
final class BenchTable {

    /** One figure of one set-up: how much, its ratio to that set-up's raw one-hop p50 (0 when none), met or not. */
    private record Cell(String measured, double ratioToRawHop, Boolean met) {

        static final Cell NOT_MEASURED = new Cell("", 0, null);

        String markdown() {
            String ratio = ratioToRawHop > 0 ? String.format(Locale.ROOT, "%.1fx", ratioToRawHop) : "";
            String verdict = met == null ? "" : met ? "met" : "**not met**";
            return " " + measured + " | " + ratio + " | " + verdict + " |";
        }
    }

    /** The figures of one set-up, added in the order the table shows them. */
    final class Column {

        private final String setup;

        private Column(String setup) {
            this.setup = setup;
        }

        void add(String what, String measured, String target, double ratioToRawHop, Boolean met) {
            targets.putIfAbsent(what, target);
            cells.computeIfAbsent(what, figure -> new HashMap<>()).put(setup, new Cell(measured, ratioToRawHop, met));
        }
    }

    private final List<String> setups = new ArrayList<>();
    /** Each figure's target, in the order the figures were first added. */
    private final Map<String, String> targets = new LinkedHashMap<>();
    private final Map<String, Map<String, Cell>> cells = new HashMap<>();
    private final List<String> notes = new ArrayList<>();

    Column column(String setup) {
        setups.add(setup);
        return new Column(setup);
    }

    void note(String note) {
        notes.add(note);
    }

    String markdown(String machine, String command) {
        StringBuilder out = new StringBuilder("| figure | target |");
        setups.forEach(setup -> out.append(' ').append(setup).append(" | vs its raw one-hop p50 | |"));
        out.append("\n|---|---|").append("---|---|---|".repeat(setups.size())).append('\n');
        targets.forEach((what, target) -> {
            out.append("| ").append(what).append(" | ").append(target).append(" |");
            setups.forEach(setup -> out.append(cells.get(what).getOrDefault(setup, Cell.NOT_MEASURED).markdown()));
            out.append('\n');
        });
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
                + "with their roles' users. A second column, when there is one, is a store set up by a server settings "
                + "file (`./cafe bench --settings FILE`: an external broker, PostgreSQL).\n\n" + markdown(machine, command));
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
