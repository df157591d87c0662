package cafe.core.notification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cafe.contract.LocalizedText;
import cafe.contract.order.OrderType;
import cafe.contract.receipt.LeaveContact;
import cafe.contract.wire.ErrorCode;
import cafe.core.events.OrderPaid;
import cafe.core.events.PaidLine;
import cafe.core.events.PaidWith;
import cafe.core.notification.domain.CustomerMessage;
import cafe.core.notification.domain.Notification;
import cafe.core.notification.domain.Purpose;
import cafe.core.shared.OrderKeys;
import cafe.core.shared.Rejection;
import cafe.core.testing.MutableClock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A contact must come with the key its order was placed with: any kiosk can read order ids. */
class ContactBookTest {

    private static final String KEY = "kiosk-1-key-of-o-1";
    private final MutableClock clock = MutableClock.seoulAt("2026-12-07T02:00:00Z");
    private final ReachFixture reach = new ReachFixture(List.of(), clock);

    @Test
    void aContactLeftWithAnotherKeyAfterTheOrderWasPaidIsRefusedAndKeepsNothing() {
        reach.contacts.paid(paid("o-1"));

        assertThatThrownBy(() -> reach.contacts.leave(new LeaveContact("o-1", "another kiosk's guess",
                "thief@example.com"))).isInstanceOfSatisfying(Rejection.class,
                        refused -> assertThat(refused.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThat(reach.store.find("o-1")).isEmpty();

        reach.contacts.leave(new LeaveContact("o-1", KEY, "minji@example.com"));
        assertThat(reach.store.find("o-1")).hasValueSatisfying(
                contact -> assertThat(contact.address()).isEqualTo("minji@example.com"));
    }

    @Test
    void aContactLeftWithAnotherKeyBeforeThePaidOrderCameIsDeletedWhenItComes() {
        reach.contacts.leave(new LeaveContact("o-1", "another kiosk's guess", "thief@example.com"));

        reach.contacts.paid(paid("o-1"));

        assertThat(reach.store.find("o-1")).isEmpty();
    }

    @Test
    void aContactLeftWithAnotherKeyAfterTheOrdersOwnBeforeThePaidOrderCameReplacesNothing() {
        reach.contacts.leave(new LeaveContact("o-1", KEY, "minji@example.com"));

        assertThatThrownBy(() -> reach.contacts.leave(new LeaveContact("o-1", "another kiosk's guess",
                "thief@example.com"))).isInstanceOf(Rejection.class);
        reach.contacts.paid(paid("o-1"));

        assertThat(reach.store.find("o-1")).hasValueSatisfying(
                contact -> assertThat(contact.address()).isEqualTo("minji@example.com"));
    }

    @Test
    void aContactLeftWithTheOrdersKeyBeforeThePaidOrderCameIsKept() {
        reach.contacts.leave(new LeaveContact("o-1", KEY, "minji@example.com"));

        reach.contacts.paid(paid("o-1"));

        assertThat(reach.store.find("o-1")).hasValueSatisfying(
                contact -> assertThat(contact.address()).isEqualTo("minji@example.com"));
    }

    @Test
    void aContactWithoutAKeyIsRefused() {
        assertThatThrownBy(() -> reach.contacts.leave(new LeaveContact("o-1", null, "minji@example.com")))
                .isInstanceOfSatisfying(Rejection.class,
                        refused -> assertThat(refused.code()).isEqualTo(ErrorCode.MISSING_FIELD));
    }

    @Test
    void theDaysUpkeepDeletesMessagesFinishedOverThirtyDaysAgoAndKeepsNewerOnes() {
        Instant dayStart = clock.instant();
        sent("old", dayStart.minus(ContactBook.FINISHED_MESSAGES_KEPT).minusSeconds(1));
        sent("recent", dayStart.minus(ContactBook.FINISHED_MESSAGES_KEPT).plusSeconds(1));

        reach.contacts.forgetBefore(dayStart);

        assertThat(reach.store.allNotifications()).extracting(Notification::notificationId).containsExactly("recent");
    }

    private void sent(String id, Instant created) {
        Notification notification = Notification.pending(id, "o-1", 101, "pickup-board", Purpose.READY, null,
                CustomerMessage.ready(101), created);
        notification.markSent(created);
        reach.store.save(notification);
    }

    private static OrderPaid paid(String orderId) {
        return new OrderPaid(orderId, 101, OrderType.TAKE_OUT, List.of(new PaidLine("americano",
                new LocalizedText("아메리카노", "Americano"), List.of(), 1, 60, 4_500)),
                Instant.parse("2026-12-07T02:00:00Z"), null, new PaidWith(4_500, "VISA", "4242", "A1"),
                OrderKeys.digest(KEY));
    }
}
