package cafe.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.core.testing.ShortLivedServers;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./cafe bench} from end to end, at sizes that take seconds instead of minutes. */
class BenchMainTest {

    @TempDir
    Path folder;

    @Test
    void aSmallBenchWritesEveryFigureBesideItsTargetAndFindsEveryOrderOnceInEachContext() throws Exception {
        Path table = folder.resolve("BENCHMARKS.md");

        new CommandLine(new BenchMain()).execute("--warm-up-orders", "5", "--rush-runs", "1", "--rush-orders", "20",
                "--rush-kiosks", "2", "--rush-baristas", "2", "--steady-rate", "5", "--steady-seconds", "2",
                "--paying-kiosks", "2", "--paying-orders", "4", "--gateway-latency-ms", "50",
                "--server-java-options", String.join(" ", ShortLivedServers.JVM_OPTIONS),
                "--work", folder.resolve("stores").toString(), "--out", table.toString());

        assertThat(Files.readString(table))
                .contains("| raw broker one hop, p50 / p99 | (the yardstick) |")
                .contains("| life cycle placed -> PICKED_UP, sustained | >= 100 orders/s (aim 250) |")
                .contains("(median of 1 runs of 20 orders: ")
                .contains("| ledger after it | nothing lost, nothing twice | every order once in each context, "
                        + "outboxes empty |  | met |")
                .contains("| tap -> ticket on the tapping console (its answer), p50 | <= 6x raw one-hop p50 |")
                .contains("| tap -> ticket on another console (the event), p99 | <= 50 ms |")
                .contains("| ready -> pickup board on a display, p99 | <= 20 ms |")
                .contains("| server peak resident memory | <= 300 MB |")
                .contains("| placed -> PAID p99 (50 ms network, 2 kiosks) | <= 1.5 s |")
                .contains("10 orders at 5/s, 30 taps timed (10 of them ready -> board)");
    }
}
