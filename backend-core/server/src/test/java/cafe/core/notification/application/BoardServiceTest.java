package cafe.core.notification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cafe.contract.LocalizedText;
import cafe.contract.barista.TicketStatus;
import cafe.contract.board.BoardMove;
import cafe.contract.board.BoardNumber;
import cafe.contract.board.PickupBoard;
import cafe.contract.order.OrderType;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.core.events.OrderPaid;
import cafe.core.events.PaidLine;
import cafe.core.events.PaidWith;
import cafe.core.events.TicketNews;
import cafe.core.notification.domain.Contact;
import cafe.core.notification.domain.Notification;
import cafe.core.notification.domain.NotificationStatus;
import cafe.core.notification.domain.Purpose;
import cafe.core.testing.MutableClock;
import cafe.core.testing.RecordingOutbox;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoardServiceTest {

    private final MutableClock clock = MutableClock.seoulAt("2025-03-01T01:00:00Z");
    private final ReachFixture reach = new ReachFixture(List.of(RecordingChannel.board(),
            new RecordingChannel("sms", Contact.Kind.PHONE), new RecordingChannel("email", Contact.Kind.EMAIL)), clock);
    private final InMemoryNotificationStore store = reach.store;
    private final RecordingOutbox outbox = reach.outbox;
    private final BoardService boardService = reach.board;

    @Test
    void theBoardFollowsATicketAndPublishesEachMoveWithAGrowingVersion() {
        boardService.follow(MessageTypes.TICKET_QUEUED, event("o-1", 105, TicketStatus.QUEUED, 1));
        boardService.follow(MessageTypes.TICKET_STARTED, event("o-1", 105, TicketStatus.IN_PREPARATION, 2));
        clock.advance(Duration.ofMinutes(3));
        boardService.follow(MessageTypes.TICKET_READY, event("o-1", 105, TicketStatus.READY, 3));
        boardService.follow(MessageTypes.TICKET_PICKED_UP, event("o-1", 105, TicketStatus.PICKED_UP, 4));

        assertThat(outbox.events()).allSatisfy(event -> {
            assertThat(event.address()).isEqualTo(Addresses.BOARD_EVENTS);
            assertThat(event.type()).isEqualTo(MessageTypes.BOARD_MOVED);
        });
        List<BoardMove> moves = outbox.bodies(BoardMove.class);
        assertThat(moves).extracting(BoardMove::version, BoardMove::to).containsExactly(
                tuple(1L, BoardMove.Place.PREPARING), tuple(2L, BoardMove.Place.READY), tuple(3L, BoardMove.Place.GONE));
        assertThat(moves.get(1).number()).isEqualTo(new BoardNumber("o-1", 105, clock.instant()));
        assertThat(boardService.board()).isEqualTo(new PickupBoard(3, List.of(), List.of()));
    }

    @Test
    void aReadyTicketLeavesOnePendingNotificationForTheBoard() {
        boardService.follow(MessageTypes.TICKET_READY, event("o-1", 105, TicketStatus.READY, 3));

        assertThat(store.allNotifications()).singleElement().satisfies(notification -> {
            assertThat(notification.channel()).isEqualTo("pickup-board");
            assertThat(notification.status()).isEqualTo(NotificationStatus.PENDING);
            assertThat(notification.recipient()).isNull();
        });
    }

    @Test
    void aCustomerWhoLeftAPhoneNumberIsAlsoTexted() {
        reach.contacts.paid(paid("o-1", "010-1234-5678"));

        boardService.follow(MessageTypes.TICKET_READY, event("o-1", 105, TicketStatus.READY, 3));

        assertThat(store.allNotifications()).extracting(Notification::channel).containsExactly("pickup-board", "sms");
        assertThat(store.allNotifications().get(1).recipient().masked()).isEqualTo("010-****-5678");
    }

    @Test
    void readyAgainAfterARecallDoesNotNotifyTwice() {
        reach.contacts.paid(paid("o-1", "minji@example.com"));
        boardService.follow(MessageTypes.TICKET_READY, event("o-1", 105, TicketStatus.READY, 3));
        boardService.follow(MessageTypes.TICKET_RECALLED, event("o-1", 105, TicketStatus.IN_PREPARATION, 4));

        boardService.follow(MessageTypes.TICKET_READY, event("o-1", 105, TicketStatus.READY, 5));

        assertThat(store.allNotifications()).extracting(Notification::channel).containsExactly("pickup-board",
                "email");
        assertThat(outbox.bodies(BoardMove.class)).extracting(BoardMove::version).containsExactly(1L, 2L, 3L);
    }

    @Test
    void theLiveCopyMovesTheBoardAndTheDurableCopyCallsTheCustomerWithoutMovingItAgain() {
        reach.contacts.paid(paid("o-1", "010-1234-5678"));
        boardService.followLive(event("o-1", 105, TicketStatus.READY, 3));

        assertThat(boardService.board().ready()).extracting(BoardNumber::orderNumber).containsExactly(105);
        assertThat(store.allNotifications()).as("the call waits for the durable copy").isEmpty();

        boardService.follow(MessageTypes.TICKET_READY, event("o-1", 105, TicketStatus.READY, 3));

        assertThat(outbox.bodies(BoardMove.class)).extracting(BoardMove::to).containsExactly(BoardMove.Place.READY);
        assertThat(store.allNotifications()).extracting(Notification::channel).containsExactly("pickup-board", "sms");
    }

    @Test
    void aDurableReadyOvertakenByTheLiveCopyOfThePickupStillCallsTheCustomer() {
        reach.contacts.paid(paid("o-1", "010-1234-5678"));
        boardService.followLive(event("o-1", 105, TicketStatus.READY, 3));
        boardService.followLive(event("o-1", 105, TicketStatus.PICKED_UP, 4));

        boardService.follow(MessageTypes.TICKET_READY, event("o-1", 105, TicketStatus.READY, 3));

        assertThat(store.allNotifications()).extracting(Notification::channel).containsExactly("pickup-board", "sms");
        assertThat(outbox.bodies(BoardMove.class)).extracting(BoardMove::to)
                .containsExactly(BoardMove.Place.READY, BoardMove.Place.GONE);
    }

    @Test
    void aLiveCopyLaterThanItsDurableCopyChangesNothing() {
        boardService.follow(MessageTypes.TICKET_PICKED_UP, event("o-1", 105, TicketStatus.PICKED_UP, 4));

        boardService.followLive(event("o-1", 105, TicketStatus.READY, 3));
        boardService.followLive(event("o-1", 105, TicketStatus.PICKED_UP, 4));

        assertThat(outbox.events()).isEmpty();
        assertThat(boardService.board().ready()).isEmpty();
    }

    @Test
    void repeatedTicketNewsPublishesNothingNew() {
        boardService.follow(MessageTypes.TICKET_QUEUED, event("o-1", 105, TicketStatus.QUEUED, 1));
        boardService.follow(MessageTypes.TICKET_QUEUED, event("o-1", 105, TicketStatus.QUEUED, 1));

        assertThat(outbox.events()).hasSize(1);
    }

    @Test
    void aCollectedNumberIsNotBroughtBackByLateNews() {
        boardService.follow(MessageTypes.TICKET_PICKED_UP, event("o-1", 105, TicketStatus.PICKED_UP, 4));
        clock.advance(Duration.ofHours(2));

        boardService.follow(MessageTypes.TICKET_READY, event("o-1", 105, TicketStatus.READY, 3));

        assertThat(boardService.board().ready()).isEmpty();
        assertThat(store.allNotifications()).isEmpty();
    }

    @Test
    void aNumberCollectedADayAgoIsForgottenWhenAnotherIsCollectedSoLateNewsShowsItAgain() {
        boardService.follow(MessageTypes.TICKET_PICKED_UP, event("o-1", 105, TicketStatus.PICKED_UP, 4));
        clock.advance(BoardService.GONE_MEMORY.plus(BoardService.FORGET_EVERY));

        boardService.follow(MessageTypes.TICKET_PICKED_UP, event("o-2", 106, TicketStatus.PICKED_UP, 4));
        boardService.follow(MessageTypes.TICKET_READY, event("o-1", 105, TicketStatus.READY, 3));

        assertThat(boardService.board().ready()).extracting(BoardNumber::orderNumber).containsExactly(105);
    }

    @Test
    void aNumberCollectedBeforeItsCallWentOutIsStillCalledButTheTextIsNot() {
        reach.contacts.paid(paid("o-1", "010-1234-5678"));
        boardService.follow(MessageTypes.TICKET_READY, event("o-1", 105, TicketStatus.READY, 3));

        boardService.follow(MessageTypes.TICKET_PICKED_UP, event("o-1", 105, TicketStatus.PICKED_UP, 4));

        assertThat(store.allNotifications()).extracting(Notification::channel, Notification::status,
                        notification -> notification.recipient() == null)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("pickup-board", NotificationStatus.PENDING, true),
                        org.assertj.core.groups.Tuple.tuple("sms", NotificationStatus.FAILED, true));
        assertThat(store.holdsContactOf("o-1")).isFalse();
    }

    @Test
    void aReceiptStillOnItsWayWhenTheOrderIsCollectedStillGoesOut() {
        reach.contacts.paid(new OrderPaid("o-1", 105, OrderType.TAKE_OUT, List.of(new PaidLine("americano",
                new LocalizedText("아메리카노", "Americano"), List.of(), 1, 60, 4_500)), clock.instant(),
                "minji@example.com", new PaidWith(4_500, "VISA", "4242", "A1"), null));
        boardService.follow(MessageTypes.TICKET_READY, event("o-1", 105, TicketStatus.READY, 3));

        boardService.follow(MessageTypes.TICKET_PICKED_UP, event("o-1", 105, TicketStatus.PICKED_UP, 4));

        assertThat(store.allNotifications()).extracting(Notification::channel, Notification::purpose,
                        Notification::status)
                .containsExactlyInAnyOrder(tuple("email", Purpose.RECEIPT, NotificationStatus.PENDING),
                        tuple("pickup-board", Purpose.READY, NotificationStatus.PENDING),
                        tuple("email", Purpose.READY, NotificationStatus.FAILED));
        assertThat(store.allNotifications()).filteredOn(n -> n.purpose() == Purpose.RECEIPT).singleElement()
                .satisfies(receipt -> assertThat(receipt.recipient().masked()).isEqualTo("m***@example.com"));
    }

    private static TicketNews event(String orderId, int number, TicketStatus status, long version) {
        return new TicketNews(new TicketNews.Ticket(orderId, number, status, version));
    }

    private static OrderPaid paid(String orderId, String contact) {
        return new OrderPaid(orderId, 105, OrderType.DINE_IN, List.of(), null, contact, null, null);
    }
}
