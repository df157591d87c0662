package cafe.core.notification.application;

import cafe.core.notification.domain.Contact;
import java.util.Optional;

/** The contacts customers left with their orders, used inside a transaction. */
public interface Contacts {

    void remember(String orderId, Contact contact);

    Optional<Contact> find(String orderId);
}
