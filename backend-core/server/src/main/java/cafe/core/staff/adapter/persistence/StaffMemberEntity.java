package cafe.core.staff.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code staff_member}. */
@Entity
@Table(name = "staff_member")
class StaffMemberEntity {

    @Id
    String id;
    @Column(nullable = false)
    String name;
    @Column(name = "pin_hash", nullable = false)
    String pinHash;
    @Column(name = "wrong_in_a_row", nullable = false)
    int wrongInARow;
    @Column(name = "last_wrong_at")
    Instant lastWrongAt;
    @Column(name = "added_at", nullable = false)
    Instant addedAt;
    @Column(name = "retired_at")
    Instant retiredAt;

    protected StaffMemberEntity() {
    }
}
