package cafe.terminal.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class TickerTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void ticksOnTheJavaFxThreadOnceStartedAndNeverOnceStopped() throws Exception {
        AtomicInteger ticks = new AtomicInteger();
        AtomicInteger offThread = new AtomicInteger();
        Ticker ticker = Ticker.everySecond(() -> {
            ticks.incrementAndGet();
            if (!Platform.isFxApplicationThread()) {
                offThread.incrementAndGet();
            }
        });

        WaitForAsyncUtils.asyncFx(ticker::start).get();
        await().atMost(Duration.ofSeconds(10)).until(() -> ticks.get() >= 2);
        WaitForAsyncUtils.asyncFx(ticker::stop).get();
        int stoppedAt = ticks.get();

        assertThat(ticker.isRunning()).isFalse();
        assertThat(offThread.get()).isZero();
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> ticks.get() == stoppedAt);
    }
}
