package cafe.core.notification.application;

import cafe.contract.receipt.LeaveContact;
import cafe.contract.wire.ErrorCode;
import cafe.core.events.OrderPaid;
import cafe.core.notification.domain.BoardColumn;
import cafe.core.notification.domain.Contact;
import cafe.core.notification.domain.Receipt;
import cafe.core.shared.OrderKeys;
import cafe.core.shared.Rejection;
import cafe.core.shared.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The customer's contact, from the moment they leave it until it is deleted: it comes with the paid
 * order or from the kiosk's contact step (whichever comes first, the other finds it), gets the
 * receipt by e-mail and "ready" when the order is, and is deleted once the order is collected or
 * cancelled, or the store day it was left on ends. The receipt is kept from the paid order.
 */
public class ContactBook {

    private static final Logger log = LoggerFactory.getLogger(ContactBook.class);
    private static final int LONGEST_ID = 64;
    private static final int LONGEST_CONTACT = 100;
    /** Messages sent or given up are kept this long (a receipt's text holds its card digits), then deleted. */
    static final Duration FINISHED_MESSAGES_KEPT = Duration.ofDays(30);

    private final Transactions transactions;
    private final NotificationStore store;
    private final CustomerMessages messages;
    private final Clock clock;

    public ContactBook(Transactions transactions, NotificationStore store, CustomerMessages messages, Clock clock) {
        this.transactions = transactions;
        this.store = store;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * A paid order: keeps its receipt, and its contact if the kiosk sent one with the order; a contact
     * left before it came without the order's key goes.
     */
    public void paid(OrderPaid paid) {
        transactions.run(() -> {
            Optional<Receipt> receipt = ReceiptOf.paid(paid);
            receipt.ifPresent(kept -> store.receipts().keep(kept, paid.orderKeyDigest()));
            dropUnproven(paid);
            Contact.parse(paid.contact()).ifPresent(contact -> remember(paid.orderId(), contact, null));
            store.contacts().find(paid.orderId()).ifPresent(contact -> receipt
                    .ifPresent(kept -> messages.queueReceipt(kept, contact, clock.instant())));
        });
    }

    /**
     * The kiosk's contact step: refused with CONTACT_INVALID unless it is a phone number or e-mail, and
     * FORBIDDEN unless it comes with the key the order was placed with (one left before the paid order
     * came is checked when it comes): any kiosk can read order ids, and the contact gets the receipt.
     */
    public Void leave(LeaveContact command) {
        if (blank(command.orderId()) || blank(command.orderKey())) {
            throw new Rejection(ErrorCode.MISSING_FIELD, "orderId and orderKey (the key the order was placed with)"
                    + " are required");
        }
        if (command.orderId().length() > LONGEST_ID || command.orderKey().length() > LONGEST_ID
                || command.contact() != null && command.contact().length() > LONGEST_CONTACT) {
            throw new Rejection(ErrorCode.FIELD_TOO_LONG, "orderId and orderKey are at most " + LONGEST_ID
                    + " characters and contact at most " + LONGEST_CONTACT);
        }
        Contact contact = Contact.parse(command.contact()).orElseThrow(() -> new Rejection(ErrorCode.CONTACT_INVALID,
                "type a mobile number (010-1234-5678) or an e-mail address (name@example.com)"));
        String claimed = OrderKeys.digest(command.orderKey());
        transactions.run(() -> {
            mustBePlacedWith(command.orderId(), claimed);
            remember(command.orderId(), contact, claimed);
            Instant now = clock.instant();
            store.receipts().receiptOf(command.orderId()).ifPresent(receipt -> messages.queueReceipt(receipt, contact, now));
            store.boards().loadFor(command.orderId()).shownEntries().stream()
                    .filter(entry -> entry.orderId().equals(command.orderId()) && entry.column() == BoardColumn.READY)
                    .findFirst()
                    .ifPresent(entry -> messages.queueReady(entry.orderId(), entry.orderNumber(), contact, now));
        });
        return null;
    }

    /** The order was collected or cancelled: its contact and any "ready" message still waiting for it go. */
    public void forgetCollected(String orderId) {
        store.contacts().find(orderId).ifPresent(contact -> {
            store.contacts().forget(orderId);
            log.info("orderId={} contact deleted: the order is collected", orderId);
        });
        messages.giveUpFor(orderId);
    }

    /**
     * Deletes every contact left before {@code dayStart}, the start of the store's current day, and the
     * messages sent or given up over {@link #FINISHED_MESSAGES_KEPT} before it.
     */
    public void forgetBefore(Instant dayStart) {
        transactions.run(() -> {
            int forgotten = store.contacts().forgetLeftBefore(dayStart);
            messages.giveUpBefore(dayStart);
            if (forgotten > 0) {
                log.info("{} contacts left before the store day began deleted", forgotten);
            }
            int finished = messages.forgetFinishedBefore(dayStart.minus(FINISHED_MESSAGES_KEPT));
            if (finished > 0) {
                log.info("{} customer messages sent or given up over {} days ago deleted", finished,
                        FINISHED_MESSAGES_KEPT.toDays());
            }
        });
    }

    /**
     * The paid order's key decides; before it came, the key the first contact was left with does, so
     * a contact left with another key replaces none (the paid order deletes one left with a wrong key).
     */
    private void mustBePlacedWith(String orderId, String claimed) {
        Optional<String> known = store.receipts().placedWith(orderId).or(() -> store.contacts().leftWith(orderId));
        if (known.isPresent() && !OrderKeys.same(known.get(), claimed)) {
            log.warn("orderId={} a contact came without the key the order was placed with: refused", orderId);
            throw new Rejection(ErrorCode.FORBIDDEN, "a kiosk may leave a contact only for an order it placed");
        }
    }

    private void dropUnproven(OrderPaid paid) {
        store.contacts().leftWith(paid.orderId())
                .filter(claimed -> paid.orderKeyDigest() != null && !OrderKeys.same(claimed, paid.orderKeyDigest()))
                .ifPresent(claimed -> {
                    store.contacts().forget(paid.orderId());
                    log.warn("orderId={} a contact left without the key the order was placed with: deleted",
                            paid.orderId());
                });
    }

    /** {@code orderKeyDigest}: of the key the contact came with; null when it came with the paid order. */
    private void remember(String orderId, Contact contact, String orderKeyDigest) {
        store.contacts().remember(orderId, contact, clock.instant(), orderKeyDigest);
        log.info("orderId={} will be told when ready by {}", orderId, contact);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
