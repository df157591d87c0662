package cafe.core.notification.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one row of {@code board}: the pickup board's version. */
@Entity
@Table(name = "board")
class BoardRow {

    static final int THE_BOARD = 1;

    @Id
    private int id;
    @Column(nullable = false)
    private long version;

    protected BoardRow() {
    }

    long version() {
        return version;
    }

    void version(long newVersion) {
        this.version = newVersion;
    }
}
