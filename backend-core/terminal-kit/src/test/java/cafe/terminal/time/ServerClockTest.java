package cafe.terminal.time;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.terminal.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServerClockTest {

    private static final Instant HEARD_AT = Instant.parse("2026-12-02T01:00:00Z");

    @ParameterizedTest(name = "a PC clock {0} min off")
    @ValueSource(ints = {-5, 5})
    void aClockSetRightMovesNotTheServersTime(int minutesOff) {
        Duration pcOff = Duration.ofMinutes(minutesOff);
        MutableClock pc = MutableClock.at(HEARD_AT.plus(pcOff));
        ServerClock server = new ServerClock(pc);
        server.heard(HEARD_AT);
        pc.advance(Duration.ofMinutes(2));

        pc.step(pcOff.negated());

        assertThat(server.now()).isEqualTo(HEARD_AT.plus(Duration.ofMinutes(2)));
        pc.advance(Duration.ofSeconds(1));
        assertThat(server.now()).isEqualTo(HEARD_AT.plus(Duration.ofMinutes(2)).plusSeconds(1));
    }
}
