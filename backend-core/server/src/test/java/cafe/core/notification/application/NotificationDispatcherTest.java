package cafe.core.notification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cafe.contract.barista.TicketStatus;
import cafe.contract.order.OrderType;
import cafe.contract.wire.MessageTypes;
import cafe.core.events.OrderPaid;
import cafe.core.events.TicketNews;
import cafe.core.notification.domain.Contact;
import cafe.core.notification.domain.Notification;
import cafe.core.notification.domain.NotificationStatus;
import cafe.core.notification.domain.Retries;
import cafe.core.shared.StorageUnavailable;
import cafe.core.testing.ImmediateTransactions;
import cafe.core.testing.MutableClock;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class NotificationDispatcherTest {

    private static final Retries RETRIES = new Retries(Duration.ofSeconds(5), Duration.ofMinutes(1), 4);

    private final MutableClock clock = MutableClock.seoulAt("2025-03-01T01:00:00Z");
    private final RecordingChannel board = RecordingChannel.board();
    private final RecordingChannel sms = new RecordingChannel("sms", Contact.Kind.PHONE);
    private final RecordingChannel email = new RecordingChannel("email", Contact.Kind.EMAIL);
    private final List<NotificationChannel> channels = List.of(board, sms, email);
    private final ReachFixture reach = new ReachFixture(channels, clock);
    private final InMemoryNotificationStore store = reach.store;
    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final NotificationDispatcher dispatcher = new NotificationDispatcher(transactions, store, channels,
            RETRIES, clock);

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
    void aPushWhoseOutcomeCannotBeSavedWaitsForItsNextTryInsteadOfGoingOutAgainAtTheNextSweep() {
        ready("o-1", 105, "010-1234-5678");
        store.refuseToSave(NotificationStatus.SENT); // the disk filled up while the messages went out

        for (int sweep = 0; sweep < 2; sweep++) {
            assertThatThrownBy(dispatcher::dispatchPending).isInstanceOf(StorageUnavailable.class);
        }
        store.refuseToSave(null);
        clock.advance(Duration.ofSeconds(1));
        dispatcher.dispatchPending();

        assertThat(board.pushedNumbers()).containsExactly(105);
        assertThat(sms.pushedNumbers()).containsExactly(105);
        clock.advance(RETRIES.first());
        assertThat(dispatcher.dispatchPending()).as("their next try, as after a failed push").isEqualTo(2);
    }

    @Test
    void aRushOfReadyOrdersGoesOutInOneSweepTwoCommitsForEachFiftyMessages() {
        List<Integer> numbers = IntStream.rangeClosed(101, 160).boxed().toList();
        numbers.forEach(number -> ready("o-" + number, number, null));
        int before = transactions.count();

        assertThat(dispatcher.dispatchPending()).isEqualTo(60);

        assertThat(board.pushedNumbers()).containsExactlyElementsOf(numbers);
        assertThat(transactions.count() - before).as("50 tried, pushed, recorded; then the other 10").isEqualTo(4);
        assertThat(store.allNotifications()).extracting(Notification::status)
                .containsOnly(NotificationStatus.SENT);
        assertThat(dispatcher.dispatchPending()).isZero();
    }

    @Test
    void aTextIsCountedJustBeforeItsPushSoOneGivenUpMeanwhileIsNotSent() {
        ready("o-1", 101, "010-1111-1111");
        ready("o-2", 102, "010-2222-2222");
        sms.whilePushing(() -> reach.board.follow(MessageTypes.TICKET_PICKED_UP, new TicketNews(
                new TicketNews.Ticket("o-2", 102, TicketStatus.PICKED_UP, 4)))); // o-2 collected meanwhile

        dispatcher.dispatchPending();

        assertThat(sms.pushedNumbers()).as("o-2's text was given up while o-1's went").containsExactly(101);
        assertThat(sms.tries()).isEqualTo(1);
    }

    @Test
    void aSlowFailingProviderIsTriedOnceASweepSoTheOtherChannelsWaitForOneTimeOutOnly() {
        Instant began = clock.instant();
        List<Integer> numbers = IntStream.rangeClosed(101, 160).boxed().toList();
        numbers.forEach(number -> ready("o-" + number, number, "010-1234-5678"));
        sms.fail(true);
        sms.whilePushing(() -> clock.advance(Duration.ofSeconds(10))); // each try times out

        assertThat(dispatcher.dispatchPending()).isEqualTo(60);

        assertThat(sms.tries()).as("one text tried, the other 59 left for the next sweep").isEqualTo(1);
        assertThat(board.pushedNumbers()).containsExactlyElementsOf(numbers);
        assertThat(Duration.between(began, clock.instant())).isEqualTo(Duration.ofSeconds(10));
        assertThat(store.allNotifications()).filteredOn(n -> n.channel().equals("sms"))
                .extracting(Notification::attempts).containsOnly(0, 1);
    }

    @Test
    void aFailingMailServerHoldsATextBackByOneTimeOutNotOnePerWaitingEmail() {
        IntStream.rangeClosed(101, 130).forEach(number -> ready("o-" + number, number, "minji" + number + "@example.com"));
        ready("o-131", 131, "010-1234-5678");
        email.fail(true);
        email.whilePushing(() -> clock.advance(Duration.ofSeconds(10)));
        Instant began = clock.instant();

        dispatcher.dispatchPending();

        assertThat(sms.pushedNumbers()).containsExactly(131);
        assertThat(email.tries()).isEqualTo(1);
        assertThat(Duration.between(began, clock.instant())).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aProvidersRefusalIsLoggedWithTheAddressItNamesMasked() {
        ready("o-1", 105, "minji@example.com");
        email.failSaying("550 5.1.1 <minji@example.com>: recipient address rejected");
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        Logger log = (Logger) LoggerFactory.getLogger(NotificationDispatcher.class);
        log.addAppender(logged);
        try {
            dispatcher.dispatchPending();
        } finally {
            log.detachAppender(logged);
        }

        assertThat(logged.list).filteredOn(line -> line.getLevel() == Level.WARN).singleElement()
                .extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains("<m***@example.com>: recipient address rejected").doesNotContain("minji@");
    }

    @Test
    void aFailedPushIsTriedAgainOnceItsWaitIsOver() {
        ready("o-1", 105, "010-1234-5678");
        sms.fail(true);

        assertThat(dispatcher.dispatchPending()).isEqualTo(1);
        sms.fail(false);
        assertThat(dispatcher.dispatchPending()).as("still waiting").isZero();
        clock.advance(Duration.ofSeconds(5));
        assertThat(dispatcher.dispatchPending()).isEqualTo(1);

        assertThat(sms.pushedNumbers()).containsExactly(105);
    }

    @Test
    void eachFailureWaitsLongerThanTheOneBefore() {
        ready("o-1", 105, "010-1234-5678");
        sms.fail(true);
        dispatcher.dispatchPending();
        clock.advance(Duration.ofSeconds(5));
        dispatcher.dispatchPending();

        clock.advance(Duration.ofSeconds(9));
        dispatcher.dispatchPending();
        clock.advance(Duration.ofSeconds(1));
        dispatcher.dispatchPending();

        assertThat(store.allNotifications().get(1).attempts()).as("tries after 0 s, 5 s and 10 s more").isEqualTo(3);
    }

    @Test
    void aPushThatKeepsFailingIsGivenUpAndForgetsItsRecipient() {
        ready("o-1", 105, "010-1234-5678");
        sms.fail(true);

        for (int sweep = 0; sweep < RETRIES.attempts() + 1; sweep++) {
            dispatcher.dispatchPending();
            clock.advance(RETRIES.longest());
        }

        assertThat(store.allNotifications()).extracting(Notification::status)
                .containsExactly(NotificationStatus.SENT, NotificationStatus.FAILED);
        assertThat(store.allNotifications().get(1).recipient()).isNull();
    }

    private void ready(String orderId, int number, String contact) {
        reach.contacts.paid(new OrderPaid(orderId, number, OrderType.TAKE_OUT, List.of(), null, contact, null, null));
        reach.board.follow(MessageTypes.TICKET_READY, new TicketNews(new TicketNews.Ticket(orderId, number,
                TicketStatus.READY, 3)));
    }
}
