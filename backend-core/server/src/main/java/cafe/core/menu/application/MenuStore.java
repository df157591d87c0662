package cafe.core.menu.application;

import cafe.core.menu.domain.StoreMenu;
import java.util.Optional;

/** Keeps the versions of the store's menu; the newest is the one sold from. */
public interface MenuStore {

    Optional<StoreMenu> current();

    /** Stores a new version, with a short note of what changed and who changed it. */
    void save(StoreMenu menu, String change, String changedBy);

    /** Deletes the versions {@code changedBy} made beyond its newest {@code kept}. */
    void forgetOldest(String changedBy, int kept);
}
