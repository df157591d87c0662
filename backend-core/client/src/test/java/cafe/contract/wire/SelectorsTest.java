package cafe.contract.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SelectorsTest {

    @Test
    void oneTypeIsAnEqualityAndSeveralAreAList() {
        assertThat(Selectors.typeIs("OrderUpdated")).isEqualTo("type = 'OrderUpdated'");
        assertThat(Selectors.typeIs("TicketQueued", "TicketReady"))
                .isEqualTo("type IN ('TicketQueued', 'TicketReady')");
        assertThat(Selectors.typeIs(List.of("TicketQueued", "TicketReady")))
                .isEqualTo("type IN ('TicketQueued', 'TicketReady')");
    }

    @Test
    void aQuoteInATypeCannotBreakOutOfTheLiteral() {
        assertThat(Selectors.typeIs("O'Brien")).isEqualTo("type = 'O''Brien'");
    }
}
