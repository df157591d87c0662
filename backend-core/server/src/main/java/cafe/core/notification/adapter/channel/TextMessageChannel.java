package cafe.core.notification.adapter.channel;

import cafe.core.notification.application.NotificationChannel;
import cafe.core.notification.domain.Contact;
import cafe.core.notification.domain.Notification;
import cafe.core.notification.domain.Purpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in for a text message or e-mail provider, used while none is set up: it writes what it
 * would send to the log, with the address masked. One instance per kind of contact; the e-mail one
 * also stands in for receipts.
 */
public class TextMessageChannel implements NotificationChannel {

    private static final Logger log = LoggerFactory.getLogger(TextMessageChannel.class);

    private final String name;
    private final Contact.Kind kind;

    private TextMessageChannel(String name, Contact.Kind kind) {
        this.name = name;
        this.kind = kind;
    }

    public static TextMessageChannel sms() {
        return new TextMessageChannel("sms", Contact.Kind.PHONE);
    }

    public static TextMessageChannel email() {
        return new TextMessageChannel("email", Contact.Kind.EMAIL);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean reaches(Contact contact) {
        return contact != null && contact.kind() == kind;
    }

    @Override
    public boolean carries(Purpose purpose) {
        return purpose == Purpose.READY || kind == Contact.Kind.EMAIL;
    }

    @Override
    public void push(Notification notification) {
        log.info("orderId={} {} to {} (no provider set up, so only logged): \"{}\"", notification.orderId(), name,
                notification.recipient().masked(), notification.message().subject());
    }
}
