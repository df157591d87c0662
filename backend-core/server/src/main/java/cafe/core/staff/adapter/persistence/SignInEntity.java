package cafe.core.staff.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code sign_in}: one PIN typed at the manager screen, and the request it came in. */
@Entity
@Table(name = "sign_in")
class SignInEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "staff_id", nullable = false)
    String staffId;
    @Column(nullable = false)
    String outcome;
    @Column(name = "signed_at", nullable = false)
    Instant signedAt;
    @Column(name = "message_id")
    String messageId;
    @Column(name = "reply_to")
    String replyTo;

    protected SignInEntity() {
    }

    SignInEntity(String staffId, String outcome, Instant signedAt, String messageId, String replyTo) {
        this.staffId = staffId;
        this.outcome = outcome;
        this.signedAt = signedAt;
        this.messageId = messageId;
        this.replyTo = replyTo;
    }
}
