package cafe.core.order.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The single row holding ordering's copy of the menu. */
@Entity
@Table(name = "menu_replica")
class MenuReplicaEntity {

    static final int ONLY_ROW = 1;

    @Id
    int id = ONLY_ROW;
    @Column(nullable = false)
    long version;
    @Column(name = "menu_json", nullable = false)
    String menuJson;
    @Column(name = "received_at", nullable = false)
    Instant receivedAt;

    protected MenuReplicaEntity() {
    }

    MenuReplicaEntity(long version, String menuJson, Instant receivedAt) {
        this.version = version;
        this.menuJson = menuJson;
        this.receivedAt = receivedAt;
    }
}
