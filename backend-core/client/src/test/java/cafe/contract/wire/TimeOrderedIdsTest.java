package cafe.contract.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    private static final long NINE_THIRTY = Instant.parse("2026-12-06T09:30:00Z").toEpochMilli();

    @Test
    void anIdIsAVersion7UuidThatCarriesTheMillisecondItWasMadeIn() {
        UUID id = UUID.fromString(TimeOrderedIds.at(NINE_THIRTY).toString());

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(NINE_THIRTY);
    }

    @Test
    void idsMadeLaterSortAfterEarlierOnesAsText() {
        List<String> made = IntStream.range(0, 1_000)
                .mapToObj(i -> TimeOrderedIds.at(NINE_THIRTY + i).toString()).toList();

        assertThat(made).isSorted();
    }

    @Test
    void idsMadeInTheSameMillisecondDiffer() {
        Set<String> made = new HashSet<>();
        IntStream.range(0, 10_000).forEach(i -> made.add(TimeOrderedIds.at(NINE_THIRTY).toString()));

        assertThat(made).hasSize(10_000);
    }
}
