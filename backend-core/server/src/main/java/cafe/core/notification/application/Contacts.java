package cafe.core.notification.application;

import cafe.core.notification.domain.Contact;
import java.time.Instant;
import java.util.Optional;

/** The contacts customers left with their orders, used inside a transaction. */
public interface Contacts {

    /**
     * Keeps (or replaces) the order's contact, noting when it was left and the digest of the order
     * key it came with (null when it came with the paid order itself).
     */
    void remember(String orderId, Contact contact, Instant leftAt, String orderKeyDigest);

    Optional<Contact> find(String orderId);

    /** The digest of the order key the order's contact was left with, if it was left with one. */
    Optional<String> leftWith(String orderId);

    /** Deletes the order's contact, if any. */
    void forget(String orderId);

    /** Deletes every contact left before {@code cutoff}; answers how many. */
    int forgetLeftBefore(Instant cutoff);
}
