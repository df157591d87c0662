package cafe.core.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetriesTest {

    @Test
    void eachWaitIsTwiceTheOneBeforeUpToTheLongest() {
        Retries retries = new Retries(Duration.ofSeconds(5), Duration.ofSeconds(30), 6);

        assertThat(retries.after(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(retries.after(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(retries.after(5)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aTryIsNeverDueAgainAtOnce() {
        assertThatThrownBy(() -> new Retries(Duration.ZERO, Duration.ofSeconds(30), 6))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
