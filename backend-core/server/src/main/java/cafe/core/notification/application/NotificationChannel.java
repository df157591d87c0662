package cafe.core.notification.application;

import cafe.core.notification.domain.Contact;
import cafe.core.notification.domain.Notification;

/**
 * A way to tell a customer that the order is ready: the pickup board's call, a text message, an
 * e-mail. A push may be repeated after a crash, so a channel should tolerate saying it twice.
 */
public interface NotificationChannel {

    /** The channel's name, stored with each notification it carries ("pickup-board", "sms", "email"). */
    String name();

    /** Whether this channel reaches a customer who left {@code contact} (null when they left none). */
    boolean reaches(Contact contact);

    /**
     * Delivers the notification.
     *
     * @throws RuntimeException when it could not; the notification stays pending for another try
     */
    void push(Notification notification);
}
