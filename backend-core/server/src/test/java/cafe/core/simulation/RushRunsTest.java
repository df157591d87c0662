package cafe.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.core.bench.Percentiles;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bench's life-cycle figure is its median run, with every run's rate beside it. */
class RushRunsTest {

    private static final SimulationSettings HUNDRED_ORDERS =
            new SimulationSettings(24, 8, 100, 0, Duration.ZERO, Duration.ofMinutes(10), 15);

    @Test
    void theFigureIsTheMedianRunAndEveryRateIsShownInTheOrderTheyRan() {
        RushRuns rush = new RushRuns(List.of(run(100, 0.8), run(100, 1.25), run(100, 1.0)));

        assertThat(rush.median().ordersPerSecond()).isEqualTo(100);
        assertThat(rush.rates()).isEqualTo("125.0, 80.0, 100.0");
        assertThat(rush.placed()).isEqualTo(300);
        assertThat(rush.pickedUp()).isEqualTo(300);
        assertThat(rush.allPickedUp()).isTrue();
    }

    @Test
    void aRateJustUnderTheTargetIsNeverShownAsTheTarget() {
        assertThat(RushRuns.rate(99.96)).isEqualTo("99.9");
        assertThat(RushRuns.rate(100.0)).isEqualTo("100.0");
    }

    @Test
    void anEvenCountTakesTheSlowerOfTheTwoMiddleRuns() {
        RushRuns rush = new RushRuns(List.of(run(100, 0.5), run(100, 1.0), run(100, 2.0), run(100, 4.0)));

        assertThat(rush.median().ordersPerSecond()).isEqualTo(50);
    }

    @Test
    void oneRunThatLeftOrdersUnfinishedFailsTheWhole() {
        RushRuns rush = new RushRuns(List.of(run(100, 1.0), run(99, 1.0), run(100, 1.0)));

        assertThat(rush.allPickedUp()).isFalse();
        assertThat(rush.pickedUp()).isEqualTo(299);
    }

    private static SimulationReport run(int pickedUp, double seconds) {
        Percentiles none = Percentiles.of(List.of());
        return new SimulationReport(HUNDRED_ORDERS, 100, Map.of(), 100, 0, 0, pickedUp, pickedUp, 0, List.of(),
                seconds, none, none, none);
    }
}
