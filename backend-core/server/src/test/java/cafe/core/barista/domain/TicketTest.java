package cafe.core.barista.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cafe.contract.LocalizedText;
import cafe.contract.barista.TicketStatus;
import cafe.contract.order.OrderType;
import cafe.contract.wire.ErrorCode;
import cafe.core.shared.Rejection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class TicketTest {

    private static final Instant PAID = Instant.parse("2025-03-01T01:00:00Z");

    private final Ticket ticket = Ticket.queue("o-1", 105, OrderType.TAKE_OUT,
            List.of(line(0, "americano", 2, 60), line(1, "latte", 1, 90)), PAID);

    @Test
    void aPaidOrderIsQueuedAtVersionOne() {
        assertThat(ticket.status()).isEqualTo(TicketStatus.QUEUED);
        assertThat(ticket.version()).isEqualTo(1);
        assertThat(ticket.remainingDrinks()).isEqualTo(3);
        assertThat(ticket.remainingPrepSeconds()).isEqualTo(210);
    }

    @Test
    void aTicketGoesFromQueuedToPickedUpGrowingItsVersion() {
        ticket.start("Bar 1", PAID.plusSeconds(30));
        ticket.markReady(PAID.plusSeconds(200));
        ticket.markPickedUp(PAID.plusSeconds(260));

        TicketState state = ticket.state();
        assertThat(state.status()).isEqualTo(TicketStatus.PICKED_UP);
        assertThat(state.station()).isEqualTo("Bar 1");
        assertThat(state.version()).isEqualTo(4);
        assertThat(ticket.paidToReady()).contains(Duration.ofSeconds(200));
    }

    @Test
    void readyBeforeStartIsRefused() {
        assertRefused(() -> ticket.markReady(PAID), ErrorCode.ILLEGAL_TRANSITION, "Order 105 is not started yet");
    }

    @Test
    void pickupBeforeReadyIsRefused() {
        assertRefused(() -> ticket.markPickedUp(PAID), ErrorCode.ILLEGAL_TRANSITION, "Order 105 is not ready yet");
        ticket.start("Bar 1", PAID);
        assertRefused(() -> ticket.markPickedUp(PAID), ErrorCode.ILLEGAL_TRANSITION, "Order 105 is not ready yet");
    }

    @Test
    void aSecondStartNamesTheStationThatHasIt() {
        ticket.start("Bar 1", PAID);

        assertRefused(() -> ticket.start("Bar 2", PAID), ErrorCode.ALREADY_STARTED,
                "Order 105 is already being made at Bar 1");
        assertThat(ticket.state().station()).isEqualTo("Bar 1");
    }

    @Test
    void aFinishedTicketCannotBeStartedOrBumpedAgain() {
        ticket.start("Bar 1", PAID);
        ticket.markReady(PAID);

        assertRefused(() -> ticket.start("Bar 2", PAID), ErrorCode.ILLEGAL_TRANSITION, "Order 105 is already ready");
        assertRefused(() -> ticket.markReady(PAID), ErrorCode.ILLEGAL_TRANSITION, "Order 105 is already ready");
        ticket.markPickedUp(PAID);
        assertRefused(() -> ticket.markPickedUp(PAID), ErrorCode.ILLEGAL_TRANSITION,
                "Order 105 was already picked up");
    }

    @Test
    void linesAreCheckedOffOnlyWhileInPreparation() {
        assertRefused(() -> ticket.checkItem(0, true), ErrorCode.ILLEGAL_TRANSITION, "Order 105 is not started yet");
        ticket.start("Bar 1", PAID);

        assertThat(ticket.checkItem(0, true)).isTrue();
        assertThat(ticket.checkItem(0, true)).isFalse();
        assertThat(ticket.remainingDrinks()).isEqualTo(1);
        assertThat(ticket.version()).isEqualTo(3);
        assertRefused(() -> ticket.checkItem(2, true), ErrorCode.MALFORMED_REQUEST, "Order 105 has no line 2");
    }

    @Test
    void recallUndoesTheLastBumpOnce() {
        ticket.start("Bar 1", PAID);
        ticket.markReady(PAID.plusSeconds(100));
        ticket.markPickedUp(PAID.plusSeconds(200));

        ticket.recall();

        assertThat(ticket.status()).isEqualTo(TicketStatus.READY);
        assertThat(ticket.state().pickedUpAt()).isNull();
        assertThat(ticket.state().readyAt()).isEqualTo(PAID.plusSeconds(100));
        assertRefused(ticket::recall, ErrorCode.NOTHING_TO_RECALL, "Order 105 has no bump to undo");
    }

    @Test
    void recallOfAReadyTicketPutsItBackInPreparation() {
        ticket.start("Bar 1", PAID);
        ticket.markReady(PAID.plusSeconds(100));

        ticket.recall();

        assertThat(ticket.status()).isEqualTo(TicketStatus.IN_PREPARATION);
        assertThat(ticket.paidToReady()).isEmpty();
    }

    @Test
    void aTicketIsCancelledAtAnyStepBeforeItIsHandedOver() {
        Ticket started = Ticket.restore(ticket.state());
        started.start("Bar 1", PAID);
        Ticket ready = Ticket.restore(started.state());
        ready.markReady(PAID);
        Ticket handedOver = Ticket.restore(ready.state());
        handedOver.markPickedUp(PAID);

        assertThat(List.of(ticket, started, ready)).allSatisfy(cancelled -> {
            assertThat(cancelled.cancel()).isTrue();
            assertThat(cancelled.status()).isEqualTo(TicketStatus.CANCELLED);
        });
        assertThat(handedOver.cancel()).isFalse();
        assertThat(handedOver.status()).isEqualTo(TicketStatus.PICKED_UP);
        assertThat(ticket.cancel()).as("once").isFalse();
        assertRefused(() -> ticket.start("Bar 1", PAID), ErrorCode.ILLEGAL_TRANSITION, "Order 105 was cancelled");
        assertRefused(() -> ready.markPickedUp(PAID), ErrorCode.ILLEGAL_TRANSITION, "Order 105 was cancelled");
        assertRefused(ready::recall, ErrorCode.NOTHING_TO_RECALL, "Order 105 has no bump to undo");
        assertThat(ready.lastBumpAt()).as("not among the bumps a console may recall").isNull();
    }

    @Test
    void aTicketCancelledByAnEarlierReleaseWithItsBumpKeptIsNotRecalled() {
        ticket.start("Bar 1", PAID);
        ticket.markReady(PAID);
        TicketState kept = ticket.state();
        Ticket cancelled = Ticket.restore(new TicketState(kept.orderId(), kept.orderNumber(), kept.orderType(),
                kept.paidAt(), kept.items(), TicketStatus.CANCELLED, kept.startedAt(), kept.readyAt(),
                kept.pickedUpAt(), kept.lastBumpAt(), kept.station(), kept.version() + 1));

        assertRefused(cancelled::recall, ErrorCode.NOTHING_TO_RECALL, "Order 105 has no bump to undo");
    }

    static TicketItem line(int index, String itemId, int quantity, int prepSeconds) {
        return new TicketItem(index, itemId, new LocalizedText(itemId, itemId), List.of(), quantity, prepSeconds,
                false);
    }

    private static void assertRefused(ThrowingCallable call, ErrorCode code, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Rejection.class,
                rejection -> assertThat(rejection.code()).isEqualTo(code)).hasMessage(message);
    }
}
