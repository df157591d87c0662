package cafe.contract.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SelectorsTest {

    @Test
    void oneTypeIsAnEqualityAndSeveralAreAList() {
        assertThat(Selectors.typeIs("OrderUpdated")).isEqualTo("type = 'OrderUpdated'");
        assertThat(Selectors.typeIs("TicketQueued", "TicketReady"))
                .isEqualTo("type IN ('TicketQueued', 'TicketReady')");
    }

    @Test
    void aQuoteInATypeCannotBreakOutOfTheLiteral() {
        assertThat(Selectors.typeIs("O'Brien")).isEqualTo("type = 'O''Brien'");
    }
}
