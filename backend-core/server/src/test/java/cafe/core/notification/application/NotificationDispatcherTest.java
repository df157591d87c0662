package cafe.core.notification.application;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.contract.barista.Ticket;
import cafe.contract.barista.TicketEvent;
import cafe.contract.barista.TicketStatus;
import cafe.contract.order.OrderType;
import cafe.contract.wire.MessageTypes;
import cafe.core.events.OrderPaid;
import cafe.core.notification.domain.Contact;
import cafe.core.notification.domain.Notification;
import cafe.core.notification.domain.NotificationStatus;
import cafe.core.testing.ImmediateTransactions;
import cafe.core.testing.MutableClock;
import cafe.core.testing.RecordingOutbox;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationDispatcherTest {

    private final MutableClock clock = MutableClock.seoulAt("2025-03-01T01:00:00Z");
    private final InMemoryNotificationStore store = new InMemoryNotificationStore();
    private final RecordingChannel board = RecordingChannel.board();
    private final RecordingChannel sms = new RecordingChannel("sms", Contact.Kind.PHONE);
    private final List<NotificationChannel> channels = List.of(board, sms);
    private final BoardService boardService = new BoardService(new ImmediateTransactions(), store.asStore(),
            channels, new RecordingOutbox(), clock);
    private final NotificationDispatcher dispatcher = new NotificationDispatcher(new ImmediateTransactions(), store,
            channels, clock);

    @Test
    void pendingNotificationsArePushedOnceAndMarkedSent() {
        ready("o-1", 105, "010-1234-5678");

        assertThat(dispatcher.dispatchPending()).isEqualTo(2);
        assertThat(dispatcher.dispatchPending()).isZero();

        assertThat(board.pushedNumbers()).containsExactly(105);
        assertThat(sms.pushedNumbers()).containsExactly(105);
        assertThat(store.allNotifications()).extracting(Notification::status)
                .containsOnly(NotificationStatus.SENT);
    }

    @Test
    void aFailedPushIsTriedAgainOnTheNextSweep() {
        ready("o-1", 105, "010-1234-5678");
        sms.fail(true);

        assertThat(dispatcher.dispatchPending()).isEqualTo(1);
        sms.fail(false);
        assertThat(dispatcher.dispatchPending()).isEqualTo(1);

        assertThat(sms.pushedNumbers()).containsExactly(105);
    }

    @Test
    void aPushThatKeepsFailingIsGivenUp() {
        ready("o-1", 105, "010-1234-5678");
        sms.fail(true);

        for (int sweep = 0; sweep < Notification.MAX_ATTEMPTS + 1; sweep++) {
            dispatcher.dispatchPending();
        }

        assertThat(store.allNotifications()).extracting(Notification::status)
                .containsExactly(NotificationStatus.SENT, NotificationStatus.FAILED);
    }

    private void ready(String orderId, int number, String contact) {
        boardService.rememberContact(new OrderPaid(orderId, number, OrderType.TAKE_OUT, List.of(), null, contact));
        boardService.follow(MessageTypes.TICKET_READY, new TicketEvent(new Ticket(orderId, number,
                OrderType.TAKE_OUT, TicketStatus.READY, List.of(), null, null, null, null, "Bar 1", 3)));
    }
}
