package cafe.core.menu.adapter.persistence;

import cafe.core.menu.application.PictureShelf;
import cafe.core.menu.domain.AddedPicture;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.Session;

/** Keeps added pictures in {@code added_picture}, beside the menu's versions. */
public final class HibernatePictureShelf implements PictureShelf {

    private final Supplier<Session> session;
    private final Clock clock;

    public HibernatePictureShelf(Supplier<Session> session, Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    @Override
    public void keep(AddedPicture picture, String addedBy) {
        if (session.get().find(AddedPictureEntity.class, picture.image()) == null) {
            session.get().persist(new AddedPictureEntity(picture.image(), picture.bytes(), addedBy, clock.instant()));
        }
    }

    @Override
    public Optional<AddedPicture> find(String image) {
        return Optional.ofNullable(session.get().find(AddedPictureEntity.class, image))
                .map(entity -> new AddedPicture(entity.image(), entity.bytes()));
    }
}
