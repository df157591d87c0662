package cafe.core.notification.adapter.persistence;

import cafe.core.notification.domain.Contact;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code contact}: how the customer of one order wants to hear it is ready. */
@Entity
@Table(name = "contact")
class ContactRow {

    @Id
    @Column(name = "order_id")
    private String orderId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Contact.Kind kind;
    @Column(nullable = false)
    private String address;
    @Column(name = "left_at", nullable = false)
    private Instant leftAt;

    protected ContactRow() {
    }

    ContactRow(String orderId, Contact contact, Instant leftAt) {
        this.orderId = orderId;
        this.kind = contact.kind();
        this.address = contact.address();
        this.leftAt = leftAt;
    }

    Contact toContact() {
        return new Contact(kind, address);
    }
}
