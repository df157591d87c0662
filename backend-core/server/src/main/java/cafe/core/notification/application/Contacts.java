package cafe.core.notification.application;

import cafe.core.notification.domain.Contact;
import java.time.Instant;
import java.util.Optional;

/** The contacts customers left with their orders, used inside a transaction. */
public interface Contacts {

    /** Keeps (or replaces) the order's contact, noting when it was left. */
    void remember(String orderId, Contact contact, Instant leftAt);

    Optional<Contact> find(String orderId);

    /** Deletes the order's contact, if any. */
    void forget(String orderId);

    /** Deletes every contact left before {@code cutoff}; answers how many. */
    int forgetLeftBefore(Instant cutoff);
}
