package cafe.kiosk.flow;

import cafe.client.KioskClient;
import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuCategory;
import cafe.contract.menu.MenuItem;
import cafe.terminal.menu.ShownMenu;
import cafe.terminal.time.Alarm;
import cafe.terminal.time.TerminalClock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The menu as the store has it now, and the category the customer is looking at. Loaded on every
 * connect (again every few seconds until it comes), then kept by MenuChanged events, as
 * {@link ShownMenu} rules. Runs on the UI thread.
 */
final class MenuFeed {

    private static final Logger LOG = LoggerFactory.getLogger(MenuFeed.class);
    private static final Duration RETRY = Duration.ofSeconds(3);

    private final ReadOnlyObjectWrapper<Menu> menu = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper category = new ReadOnlyStringWrapper();
    private final KioskClient kiosk;
    private final Executor ui;
    private final Consumer<Menu> changed;
    private final Alarm retry;
    private final ShownMenu shown = new ShownMenu();

    /** {@code changed} hears every newer menu, after it is shown. */
    MenuFeed(KioskClient kiosk, TerminalClock clock, Executor ui, Consumer<Menu> changed) {
        this.kiosk = kiosk;
        this.retry = new Alarm(clock);
        this.ui = ui;
        this.changed = changed;
    }

    ReadOnlyObjectProperty<Menu> menuProperty() {
        return menu.getReadOnlyProperty();
    }

    ReadOnlyStringProperty categoryProperty() {
        return category.getReadOnlyProperty();
    }

    Menu current() {
        return menu.get();
    }

    List<MenuCategory> categories() {
        Menu current = menu.get();
        return current == null ? List.of() : current.categories().stream()
                .sorted(Comparator.comparingInt(MenuCategory::sortOrder)).toList();
    }

    List<MenuItem> itemsShown() {
        Menu current = menu.get();
        return current == null || category.get() == null ? List.of() : current.itemsIn(category.get());
    }

    /** What the kiosk offers with an item: its suggestions that are on sale now, three at most. */
    List<MenuItem> suggestionsFor(MenuItem item) {
        Menu current = menu.get();
        return current == null ? List.of() : item.suggestedItemIds().stream()
                .flatMap(id -> current.item(id).stream()).filter(MenuItem::available).limit(3).toList();
    }

    void choose(String categoryId) {
        category.set(categoryId);
    }

    /** Back to the first category, for the next customer. */
    void chooseFirst() {
        List<MenuCategory> categories = categories();
        category.set(categories.isEmpty() ? null : categories.get(0).id());
    }

    void load() {
        retry.clear();
        shown.readAsked();
        kiosk.menu().whenCompleteAsync((loaded, failure) -> {
            if (failure == null) {
                shown.read(loaded).ifPresent(this::show);
            } else {
                LOG.warn("Menu could not be loaded, trying again: {}", failure.toString());
                retry.setIn(RETRY);
            }
        }, ui);
    }

    /** Once a second: loads again if the last try failed. */
    void tick() {
        if (retry.rings()) {
            load();
        }
    }

    void arrived(Menu newer) {
        shown.heard(newer).ifPresent(this::show);
    }

    private void show(Menu newer) {
        LOG.info("Menu version {} arrived ({} items sold out)", newer.version(),
                newer.items().stream().filter(i -> !i.available()).count());
        menu.set(newer);
        if (category.get() == null || newer.categories().stream().noneMatch(c -> c.id().equals(category.get()))) {
            chooseFirst();
        }
        changed.accept(newer);
    }
}
