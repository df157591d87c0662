package cafe.core.notification.application;

import cafe.core.notification.domain.Contact;
import cafe.core.notification.domain.Notification;
import cafe.core.notification.domain.Purpose;

/**
 * A way to tell a customer something: the pickup board's call, a text message, an e-mail. A push
 * may be repeated after a crash, so a channel should tolerate saying it twice.
 */
public interface NotificationChannel {

    /** The channel's name, stored with each notification it carries ("pickup-board", "sms", "email"). */
    String name();

    /** Whether this channel reaches a customer who left {@code contact} (null when they left none). */
    boolean reaches(Contact contact);

    /** Whether it carries messages of this purpose: every channel says "ready", only e-mail sends receipts. */
    default boolean carries(Purpose purpose) {
        return purpose == Purpose.READY;
    }

    /**
     * Whether a push is over at once, staying on this PC (the counter's call): the dispatcher counts
     * and records such pushes in batches. A push that leaves the store (a text, an e-mail) may take
     * seconds, so each is counted right before it and recorded right after it, on its own.
     */
    default boolean immediate() {
        return false;
    }

    /**
     * Delivers the notification's message to its recipient.
     *
     * @throws RuntimeException when it could not; the notification stays pending for another try
     */
    void push(Notification notification);
}
