package cafe.core.simulation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The machine's CPU time so far, all cores together, as Linux counts it in {@code /proc/stat}: busy
 * (user, nice, system, interrupts, steal) and in all (busy, idle and waiting for the disk). Two
 * readings tell how busy the machine was between them, whoever kept it busy; the load average
 * cannot, since it still counts the minute before.
 */
record CpuTicks(long busy, long total) {

    private static final Path PROC_STAT = Path.of("/proc/stat");
    /** The columns of the {@code cpu} line that count busy time: user, nice, system, irq, softirq, steal. */
    private static final int[] BUSY_COLUMNS = {1, 2, 3, 6, 7, 8};
    /** Idle, and waiting for the disk. */
    private static final int[] IDLE_COLUMNS = {4, 5};

    /** Now, where the system counts it; empty elsewhere. */
    static Optional<CpuTicks> now() {
        try {
            return Optional.of(parse(Files.readAllLines(PROC_STAT).get(0)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** From the first line of {@code /proc/stat}: {@code cpu user nice system idle iowait irq softirq steal ...}. */
    static CpuTicks parse(String cpuLine) {
        String[] columns = cpuLine.trim().split("\\s+");
        if (!columns[0].equals("cpu") || columns.length < 9) {
            throw new IllegalArgumentException("not the machine's cpu line: " + cpuLine);
        }
        long busy = sum(columns, BUSY_COLUMNS);
        return new CpuTicks(busy, busy + sum(columns, IDLE_COLUMNS));
    }

    private static long sum(String[] columns, int[] which) {
        return Arrays.stream(which).mapToLong(i -> Long.parseLong(columns[i])).sum();
    }

    /** How busy the machine was since {@code earlier}, in percent of all its cores' time. */
    long busyPercentSince(CpuTicks earlier) {
        long total = this.total - earlier.total;
        return total <= 0 ? 0 : Math.round(100.0 * (busy - earlier.busy) / total);
    }
}
