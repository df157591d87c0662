package cafe.core.order.application;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.contract.LocalizedText;
import cafe.contract.barista.TicketStatus;
import cafe.contract.menu.Menu;
import cafe.contract.order.OrderStatus;
import cafe.contract.order.OrderType;
import cafe.core.events.OrderCancelled;
import cafe.core.events.PaymentApproved;
import cafe.core.events.PaymentDeclined;
import cafe.core.events.TicketNews;
import cafe.core.order.domain.Order;
import cafe.core.order.domain.OrderIdentity;
import cafe.core.order.domain.OrderLine;
import cafe.core.order.domain.PricedCart;
import cafe.core.shared.BusinessDays;
import cafe.core.shared.OutboundEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderProgressTest {

    private final InMemoryOrders orders = new InMemoryOrders();
    private final List<OutboundEvent> published = new ArrayList<>();
    private Menu replica;
    private final MenuReplica menu = new MenuReplica() {
        @Override
        public Optional<Menu> current() {
            return Optional.ofNullable(replica);
        }

        @Override
        public void replace(Menu changed) {
            replica = changed;
        }
    };
    private final OrderProgress progress = new OrderProgress(orders, menu,
            new BusinessDays(Clock.systemUTC(), 4), published::add, new DirectTransactions());

    private Order placed() {
        Order order = Order.place(new OrderIdentity("o-7", 107, LocalDate.of(2026, 3, 2), "kiosk-2", "key-7",
                Instant.parse("2026-03-02T01:00:00Z")), OrderType.TAKE_OUT, new PricedCart(List.of(new OrderLine(
                "americano", new LocalizedText("아메리카노", "Americano"), List.of(), 1, 4_500, 90))), null);
        orders.add(order);
        return order;
    }

    @Test
    void aLateDeclineOfAnEarlierAttemptLeavesTheRetryAlone() {
        Order order = placed();
        order.markPaymentFailed("CARD_DECLINED");
        order.retryPayment("key-7", 1);

        progress.paymentDeclined(new PaymentDeclined("o-7", 1, "CARD_DECLINED", "declined again"));

        assertThat(order.status()).isEqualTo(OrderStatus.CREATED);
        assertThat(published).isEmpty();
    }

    @Test
    void aRepeatedApprovalChangesNothing() {
        Order order = placed();
        progress.paymentApproved(new PaymentApproved("o-7", 1, "pay-7", 4_500, "A1", "VISA", "4242"));
        int events = published.size();

        progress.paymentApproved(new PaymentApproved("o-7", 1, "pay-7", 4_500, "A1", "VISA", "4242"));

        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(published).hasSize(events);
    }

    @Test
    void moneyTakenForAnOrderCancelledMeanwhileIsRefunded() {
        Order order = placed();
        order.cancelUnpaid("key-7");

        progress.paymentApproved(new PaymentApproved("o-7", 1, "pay-7", 4_500, "A1", "VISA", "4242"));

        assertThat(published).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("OrderCancelled");
            assertThat((OrderCancelled) event.body()).extracting(OrderCancelled::refundDue, OrderCancelled::amountWon)
                    .containsExactly(true, 4_500L);
        });
    }

    @Test
    void aPaidOrderFollowsItsTicketThroughTheBarAndBackOnARecall() {
        paidOrder();

        long version = 0;
        for (TicketStatus step : new TicketStatus[] {TicketStatus.QUEUED, TicketStatus.IN_PREPARATION,
                TicketStatus.READY, TicketStatus.PICKED_UP, TicketStatus.READY}) {
            progress.ticketMoved(barMove(step, ++version));
            assertThat(orders.statusOf("o-7")).contains(OrderStatus.valueOf(step.name()));
        }
        assertThat(published).as("the kiosks are not told of bar moves").hasSize(2);
    }

    @Test
    void aBarMoveTheOrderCannotMakeIsLeftAlone() {
        placed();
        progress.ticketMoved(barMove(TicketStatus.QUEUED));
        assertThat(orders.statusOf("o-7")).contains(OrderStatus.CREATED);

        paidOrder();
        progress.ticketMoved(barMove(TicketStatus.READY));
        assertThat(orders.statusOf("o-7")).contains(OrderStatus.PAID);
    }

    @Test
    void aBarMoveDeliveredAgainAfterANewerOneOvertookItLeavesTheOrderWhereTheNewerPutIt() {
        paidOrder();
        progress.ticketMoved(barMove(TicketStatus.QUEUED, 1));
        progress.ticketMoved(barMove(TicketStatus.READY, 3));

        progress.ticketMoved(barMove(TicketStatus.IN_PREPARATION, 2));
        assertThat(orders.statusOf("o-7")).contains(OrderStatus.READY);
        progress.ticketMoved(barMove(TicketStatus.PICKED_UP, 4));

        assertThat(orders.statusOf("o-7")).contains(OrderStatus.PICKED_UP);
    }

    @Test
    void aRecallOvertakenByTheNextReadyIsNotAppliedWhenItComesLate() {
        paidOrder();
        progress.ticketMoved(barMove(TicketStatus.QUEUED, 1));
        progress.ticketMoved(barMove(TicketStatus.IN_PREPARATION, 2));
        progress.ticketMoved(barMove(TicketStatus.READY, 3));

        progress.ticketMoved(barMove(TicketStatus.READY, 5));
        progress.ticketMoved(barMove(TicketStatus.IN_PREPARATION, 4));

        assertThat(orders.statusOf("o-7")).contains(OrderStatus.READY);
    }

    @Test
    void aNewerMoveTakesTheOrderWhereTheBarIsThoughItMissedTheMovesBetween() {
        paidOrder();
        progress.ticketMoved(barMove(TicketStatus.QUEUED, 1));
        progress.ticketMoved(barMove(TicketStatus.IN_PREPARATION, 2));
        progress.ticketMoved(barMove(TicketStatus.READY, 3));
        progress.ticketMoved(barMove(TicketStatus.PICKED_UP, 4));

        progress.ticketMoved(barMove(TicketStatus.IN_PREPARATION, 6));

        assertThat(orders.statusOf("o-7")).as("two recalls, the first lost").contains(OrderStatus.IN_PREPARATION);
    }

    @Test
    void aBarMoveOfAnUnknownOrderChangesNothing() {
        progress.ticketMoved(barMove(TicketStatus.QUEUED));

        assertThat(orders.statusOf("o-7")).isEmpty();
        assertThat(published).isEmpty();
    }

    private void paidOrder() {
        placed();
        progress.paymentApproved(new PaymentApproved("o-7", 1, "pay-7", 4_500, "A1", "VISA", "4242"));
    }

    private static TicketNews barMove(TicketStatus status) {
        return barMove(status, 1);
    }

    private static TicketNews barMove(TicketStatus status, long version) {
        return new TicketNews(new TicketNews.Ticket("o-7", 107, status, version));
    }

    @Test
    void anOlderMenuNeverReplacesANewerOne() {
        progress.menuChanged(new Menu(3, List.of(), List.of(), List.of()));
        progress.menuChanged(new Menu(2, List.of(), List.of(), List.of()));

        assertThat(replica.version()).isEqualTo(3);
    }
}
