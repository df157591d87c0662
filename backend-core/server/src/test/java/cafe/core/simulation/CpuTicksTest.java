package cafe.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** How busy the machine was between two readings of /proc/stat, as the bench reports it before it starts. */
class CpuTicksTest {

    @Test
    void busyShareCountsUserSystemInterruptsAndStealAgainstIdleAndDiskWaits() {
        CpuTicks before = CpuTicks.parse("cpu  1000 10 500 8000 100 5 5 0 0 0");
        // 60 user, 20 system, 10 steal busy; 100 idle, 10 waiting for the disk
        CpuTicks after = CpuTicks.parse("cpu  1060 10 520 8100 110 5 5 10 0 0");

        assertThat(after.busyPercentSince(before)).isEqualTo(45);
    }

    @Test
    void aQuietSecondIsZeroAndNoTimeAtAllIsNotADivisionByZero() {
        CpuTicks before = CpuTicks.parse("cpu  1000 10 500 8000 100 5 5 0 0 0");

        assertThat(CpuTicks.parse("cpu  1000 10 500 8200 100 5 5 0 0 0").busyPercentSince(before)).isZero();
        assertThat(before.busyPercentSince(before)).isZero();
    }

    @Test
    void aLineOfOneCoreOrAnotherCounterIsRefused() {
        assertThatThrownBy(() -> CpuTicks.parse("cpu0 1000 10 500 8000 100 5 5 0 0 0"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CpuTicks.parse("intr 12345 0 0"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thisMachineCanBeReadWhereLinuxCountsIt() {
        if (System.getProperty("os.name").startsWith("Linux")) {
            assertThat(CpuTicks.now()).hasValueSatisfying(ticks -> assertThat(ticks.total()).isPositive());
        } else {
            assertThat(CpuTicks.now()).isEmpty();
        }
    }
}
