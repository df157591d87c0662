package cafe.core.barista.domain;

import static cafe.core.barista.domain.TicketTest.line;
import static org.assertj.core.api.Assertions.assertThat;

import cafe.contract.order.OrderType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkloadTest {

    @Test
    void theWaitIsTheUndoneDrinksSharedAmongTheBaristasRoundedUp() {
        Ticket first = Ticket.queue("o-1", 101, OrderType.DINE_IN, List.of(line(0, "americano", 2, 60),
                line(1, "latte", 1, 90)), Instant.EPOCH);
        Ticket second = Ticket.queue("o-2", 102, OrderType.DINE_IN, List.of(line(0, "frappe", 1, 150)),
                Instant.EPOCH);
        first.start("Bar 1", Instant.EPOCH);
        first.checkItem(0, true);

        Workload workload = Workload.of(List.of(first, second));

        assertThat(workload).isEqualTo(new Workload(2, 2, 240));
        assertThat(workload.minutesWith(2)).isEqualTo(2);
        assertThat(workload.minutesWith(1)).isEqualTo(4);
        assertThat(workload.minutesWith(3)).isEqualTo(2);
    }

    @Test
    void anEmptyBarHasNoWait() {
        assertThat(Workload.of(List.of()).minutesWith(2)).isZero();
    }
}
