package cafe.contract.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class InstantTextTest {

    @Test
    void writesWhatInstantToStringWrites() {
        Stream.of("1970-01-01T00:00:00Z", "2026-12-06T10:03:00Z", "2026-12-06T10:03:00.250Z",
                        "2026-12-06T10:03:00.000250Z", "2026-12-06T10:03:00.000000250Z", "2026-12-06T10:03:00.123456789Z",
                        "2028-02-29T23:59:59.999Z", "9999-12-31T23:59:59.999999999Z", "1969-12-31T23:59:59.5Z",
                        "+10000-01-01T00:00:00Z", "0001-01-01T00:00:00Z")
                .map(Instant::parse)
                .forEach(instant -> assertThat(InstantText.of(instant)).isEqualTo(instant.toString()));
    }

    @Test
    void writesWhatInstantToStringWritesForAnyInstantOfTheseCenturies() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            long second = random.nextLong(0, 253_402_300_800L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(second, nanos);
            assertThat(InstantText.of(instant)).isEqualTo(instant.toString());
            assertThat(InstantText.parsePlain(instant.toString())).isEqualTo(instant);
        }
    }

    @Test
    void readsAFractionOfAnyLength() {
        Stream.of("2026-12-06T10:03:00.2Z", "2026-12-06T10:03:00.25Z", "2026-12-06T10:03:00.2500Z",
                        "2026-12-06T10:03:00.12345678Z", "2026-12-06T23:59:59.999999999Z")
                .forEach(text -> assertThat(InstantText.parsePlain(text)).as(text).isEqualTo(Instant.parse(text)));
    }

    @Test
    void leavesTextInAnyOtherFormOrNamingNoTimeToTheCaller() {
        Stream.of("2026-13-01T00:00:00Z", "2026-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-12-06T24:00:00Z",
                        "2026-12-06T10:60:00Z", "2026-12-06T23:59:60Z", "2026-12-06T10:03:00+09:00",
                        "2026-12-06 10:03:00Z", "2026-12-06T10:03:00.Z", "2026-12-06T10:03:00.1234567890Z",
                        "2026-12-06T10:03Z", "+2026-12-06T10:03:00Z", "2026-12-06T1a:03:00Z", "", "1733479380")
                .forEach(text -> assertThat(InstantText.parsePlain(text)).as(text).isNull());
    }
}
