package cafe.client.jms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(5));

    @Test
    void pausesDoubleUpToTheCeilingAndStartOverAfterASuccess() {
        assertThat(Stream.generate(backoff::next).limit(7).map(Duration::toMillis))
                .containsExactly(500L, 1_000L, 2_000L, 4_000L, 5_000L, 5_000L, 5_000L);

        backoff.reset();

        assertThat(backoff.next()).isEqualTo(Duration.ofMillis(500));
    }
}
