package cafe.console.manager.menu;

import java.util.ArrayList;
import java.util.List;

/** Up and down buttons: a list with one entry moved by a place. */
final class Places {

    private Places() {
    }

    /** The list with {@code entry} moved by {@code by} places, or null when it cannot move that way. */
    static <T> List<T> moved(List<T> entries, T entry, int by) {
        int from = entry == null ? -1 : entries.indexOf(entry);
        int to = from + by;
        if (from < 0 || to < 0 || to >= entries.size()) {
            return null;
        }
        List<T> order = new ArrayList<>(entries);
        order.add(to, order.remove(from));
        return order;
    }
}
