package cafe.core.order.application;

import cafe.contract.menu.Menu;
import java.util.Optional;

/** Ordering's own copy of the menu, kept fresh from MenuChanged, that carts are checked against. */
public interface MenuReplica {

    Optional<Menu> current();

    void replace(Menu menu);
}
