package cafe.core.notification.application;

import cafe.core.notification.domain.Contact;
import cafe.core.notification.domain.CustomerMessage;
import cafe.core.notification.domain.Notification;
import cafe.core.notification.domain.Purpose;
import cafe.core.notification.domain.Receipt;
import cafe.core.notification.domain.ReceiptLayout;
import java.time.Instant;
import java.util.List;

/**
 * Queues messages to one customer, inside the caller's transaction: "ready" through every channel
 * that reaches them, the receipt through the channel that carries receipts. Each once per order
 * (their ids are made from the order's), so news that arrives twice queues nothing new.
 */
public final class CustomerMessages {

    private final Notifications notifications;
    private final List<NotificationChannel> channels;
    private final ReceiptLayout layout;

    public CustomerMessages(Notifications notifications, List<NotificationChannel> channels, ReceiptLayout layout) {
        this.notifications = notifications;
        this.channels = List.copyOf(channels);
        this.layout = layout;
    }

    /** "Your order is ready" through every channel that reaches {@code contact} (null: the board only). */
    public void queueReady(String orderId, int orderNumber, Contact contact, Instant now) {
        channels.stream().filter(channel -> channel.carries(Purpose.READY) && channel.reaches(contact))
                .forEach(channel -> queueOnce(orderId + ":ready:" + channel.name(), orderId, orderNumber, channel,
                        Purpose.READY, channel.reaches(null) ? null : contact, CustomerMessage.ready(orderNumber), now));
    }

    /** The receipt to the customer's e-mail, once; nothing for a phone number. */
    public void queueReceipt(Receipt receipt, Contact contact, Instant now) {
        receiptChannel(contact).ifPresent(channel -> queueOnce(receipt.orderId() + ":receipt:" + channel.name(),
                receipt.orderId(), receipt.orderNumber(), channel, Purpose.RECEIPT, contact, receiptMessage(receipt), now));
    }

    /** The receipt to an address staff typed, under their request's id. */
    public boolean queueResentReceipt(String requestId, Receipt receipt, Contact email, Instant now) {
        return receiptChannel(email).map(channel -> queueOnce(requestId, receipt.orderId(), receipt.orderNumber(),
                channel, Purpose.RECEIPT, email, receiptMessage(receipt), now)).orElse(false);
    }

    /**
     * Stops the "ready" messages to the customer (a phone or e-mail) still waiting for the order and
     * forgets their recipient: the order is collected or cancelled. The pickup board's call, which
     * names nobody, still goes out, and so does a receipt, which the customer still wants.
     */
    public void giveUpFor(String orderId) {
        notifications.pendingFor(orderId).stream()
                .filter(notification -> toSomeone(notification) && notification.purpose() == Purpose.READY)
                .forEach(this::giveUp);
    }

    /** Stops every message to a customer made before {@code cutoff} that is still waiting. */
    public void giveUpBefore(Instant cutoff) {
        notifications.pendingBefore(cutoff).stream().filter(this::toSomeone).forEach(this::giveUp);
    }

    /**
     * Deletes the messages sent or given up before {@code cutoff}: their texts (a receipt's card
     * digits and approval code) are not kept for ever; the receipt itself stays for the back office.
     */
    public int forgetFinishedBefore(Instant cutoff) {
        return notifications.deleteFinishedBefore(cutoff);
    }

    private boolean toSomeone(Notification notification) {
        return notification.recipient() != null;
    }

    public List<String> layOut(Receipt receipt) {
        return layout.print(receipt);
    }

    private void giveUp(Notification notification) {
        notification.giveUp();
        notifications.save(notification);
    }

    private java.util.Optional<NotificationChannel> receiptChannel(Contact contact) {
        return channels.stream().filter(channel -> channel.carries(Purpose.RECEIPT) && channel.reaches(contact))
                .findFirst();
    }

    private CustomerMessage receiptMessage(Receipt receipt) {
        return new CustomerMessage("영수증 Receipt: 주문 " + receipt.orderNumber() + " / order " + receipt.orderNumber(),
                String.join("\n", layout.print(receipt)));
    }

    private boolean queueOnce(String id, String orderId, int orderNumber, NotificationChannel channel,
                              Purpose purpose, Contact recipient, CustomerMessage message, Instant now) {
        if (notifications.withId(id).isPresent()) {
            return false;
        }
        notifications.save(Notification.pending(id, orderId, orderNumber, channel.name(), purpose, recipient,
                message, now));
        return true;
    }
}
