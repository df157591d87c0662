package cafe.core.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A test context's only state: how often something was counted. */
@Entity
@Table(name = "tally")
public class Tally {

    @Id
    private String name;
    @Column(nullable = false)
    private int count;

    protected Tally() {
    }

    Tally(String name) {
        this.name = name;
    }

    void increment() {
        count++;
    }

    public int count() {
        return count;
    }
}
