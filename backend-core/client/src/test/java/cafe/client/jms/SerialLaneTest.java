package cafe.client.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SerialLaneTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void tasksRunOneAtATimeInTheOrderGivenEvenWhenOneThrows() {
        SerialLane lane = new SerialLane(pool);
        List<Integer> ran = new CopyOnWriteArrayList<>();
        List<Integer> overlapping = new CopyOnWriteArrayList<>();
        int[] running = {0};

        IntStream.range(0, 200).forEach(i -> lane.execute(() -> {
            if (++running[0] > 1) {
                overlapping.add(i);
            }
            ran.add(i);
            running[0]--;
            if (i == 50) {
                throw new IllegalStateException("a listener bug");
            }
        }));

        await().atMost(Duration.ofSeconds(10)).until(() -> ran.size() == 200);
        assertThat(ran).isSorted();
        assertThat(overlapping).isEmpty();
    }
}
