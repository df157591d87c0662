package cafe.core.notification.application;

import cafe.core.notification.domain.ReceiptLayout;
import cafe.core.testing.ImmediateTransactions;
import cafe.core.testing.RecordingOutbox;
import java.time.Clock;
import java.util.List;

/** The notification context's use cases over one in-memory store, wired as the context wires them. */
final class ReachFixture {

    final InMemoryNotificationStore store = new InMemoryNotificationStore();
    final RecordingOutbox outbox = new RecordingOutbox();
    final CustomerMessages messages;
    final ContactBook contacts;
    final BoardService board;

    ReachFixture(List<NotificationChannel> channels, Clock clock) {
        messages = new CustomerMessages(store, channels, new ReceiptLayout("Cafe Hanok", clock.getZone()));
        contacts = new ContactBook(new ImmediateTransactions(), store.asStore(), messages, clock);
        board = new BoardService(new ImmediateTransactions(), store.asStore(), messages, contacts, outbox, clock);
    }
}
