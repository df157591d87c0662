package cafe.core.menu.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A picture a manager added, by its content's name, with who added it and when. */
@Entity
@Table(name = "added_picture")
class AddedPictureEntity {

    @Id
    private String image;
    @Column(nullable = false)
    private byte[] bytes;
    @Column(name = "added_by", nullable = false)
    private String addedBy;
    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected AddedPictureEntity() {
    }

    AddedPictureEntity(String image, byte[] bytes, String addedBy, Instant addedAt) {
        this.image = image;
        this.bytes = bytes;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    String image() {
        return image;
    }

    byte[] bytes() {
        return bytes;
    }
}
