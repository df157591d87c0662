package cafe.core.menu.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of the whole menu as JSON, with when and why it was made: the menu's history. */
@Entity
@Table(name = "menu_version")
class MenuVersionEntity {

    @Id
    private long version;
    @Column(name = "menu_json", nullable = false)
    private String menuJson;
    @Column(nullable = false)
    private String change;
    @Column(name = "changed_by", nullable = false)
    private String changedBy;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected MenuVersionEntity() {
    }

    MenuVersionEntity(long version, String menuJson, String change, String changedBy, Instant changedAt) {
        this.version = version;
        this.menuJson = menuJson;
        this.change = change;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    String menuJson() {
        return menuJson;
    }
}
