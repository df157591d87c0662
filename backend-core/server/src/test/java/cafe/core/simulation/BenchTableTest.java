package cafe.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bench's table as docs/BENCHMARKS.md shows it: one row per figure, a column of cells per store set-up. */
class BenchTableTest {

    @Test
    void twoSetUpsShowSideBySideUnderOneTargetPerFigure() {
        BenchTable table = new BenchTable();
        BenchTable.Column embedded = table.column("embedded broker, SQLite files");
        embedded.add("raw broker one hop, p50 / p99", "0.7 ms / 5.9 ms", "(the yardstick)", 0, null);
        embedded.add("tap -> ticket on a console, p99", "38.1 ms", "<= 50 ms", 54.4, true);
        BenchTable.Column external = table.column("external broker (2 servers), PostgreSQL");
        external.add("raw broker one hop, p50 / p99", "3.5 ms / 16.9 ms", "(the yardstick)", 0, null);
        external.add("tap -> ticket on a console, p99", "61.7 ms", "<= 50 ms", 17.6, false);

        assertThat(table.markdown("a PC", "./cafe bench --settings server.properties").lines()).startsWith(
                "| figure | target | embedded broker, SQLite files | vs its raw one-hop p50 | "
                        + "| external broker (2 servers), PostgreSQL | vs its raw one-hop p50 | |",
                "|---|---|---|---|---|---|---|---|",
                "| raw broker one hop, p50 / p99 | (the yardstick) | 0.7 ms / 5.9 ms |  |  | 3.5 ms / 16.9 ms |  |  |",
                "| tap -> ticket on a console, p99 | <= 50 ms | 38.1 ms | 54.4x | met | 61.7 ms | 17.6x | **not met** |");
    }

    @Test
    void aFigureOneSetUpDidNotMeasureLeavesItsCellsEmpty() {
        BenchTable table = new BenchTable();
        table.column("embedded broker, SQLite files").add("ledger after it", "clean", "nothing lost", 0, true);
        table.column("external broker, PostgreSQL");

        assertThat(table.markdown("a PC", "./cafe bench").lines())
                .contains("| ledger after it | nothing lost | clean |  | met |  |  |  |");
    }
}
