package cafe.core.menu.application;

import cafe.core.menu.domain.AddedPicture;
import java.util.Optional;

/** Keeps the pictures managers added, with who added each. */
public interface PictureShelf {

    /** Keeps the picture; one with the same name is there already and stays as it is. */
    void keep(AddedPicture picture, String addedBy);

    Optional<AddedPicture> find(String image);
}
