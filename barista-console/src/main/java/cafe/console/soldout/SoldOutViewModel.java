package cafe.console.soldout;

import cafe.client.BaristaClient;
import cafe.contract.LocalizedText;
import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuCategory;
import cafe.contract.menu.MenuItem;
import cafe.contract.menu.SetAvailability;
import cafe.terminal.menu.ShownMenu;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 86 panel: every menu item with its sold-out switch. It shows the newest menu it has seen,
 * from its own changes and from the server's MenuChanged events (another console, the back office).
 * An item that stays on the menu stays the same {@link SoldOutItem}, changed in place, so the list
 * changes only when items come, go or move, and a row a barista is touching is never replaced.
 */
public final class SoldOutViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SoldOutViewModel.class);
    private static final LocalizedText NO_CATEGORY = new LocalizedText("기타", "Other");

    private final BaristaClient client;
    private final Executor ui;
    private final BiConsumer<SoldOutItem, Throwable> onFailure;
    private final ObservableList<SoldOutItem> items = FXCollections.observableArrayList();
    private final ObservableList<SoldOutItem> itemsView = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyIntegerWrapper soldOutCount = new ReadOnlyIntegerWrapper(0);
    private final ShownMenu shown = new ShownMenu();
    private boolean readFailed;

    public SoldOutViewModel(BaristaClient client, Executor ui, BiConsumer<SoldOutItem, Throwable> onFailure) {
        this.client = client;
        this.ui = ui;
        this.onFailure = onFailure;
    }

    // Properties

    /** Items by category, in the kiosk's order. */
    public ObservableList<SoldOutItem> items() {
        return itemsView;
    }

    public ReadOnlyIntegerProperty soldOutCountProperty() {
        return soldOutCount.getReadOnlyProperty();
    }

    // Commands

    /** Reads the menu from the server, e.g. on every (re)connect. */
    public void reload() {
        readFailed = false;
        shown.readAsked();
        client.menu().whenComplete((menu, failure) -> ui.execute(() -> {
            if (failure == null) {
                shown.read(menu).ifPresent(this::show);
            } else {
                readFailed = true;
                LOG.warn("Menu unavailable, will ask again: {}", failure.toString());
            }
        }));
    }

    /** Reads the menu again if the last read failed (a server just started answers MENU_UNAVAILABLE). */
    public void reloadIfFailed() {
        if (readFailed) {
            reload();
        }
    }

    /** Shows a menu heard (an event, a change's answer) unless one as new is already shown. */
    public void apply(Menu menu) {
        shown.heard(menu).ifPresent(this::show);
    }

    private void show(Menu menu) {
        Map<String, MenuCategory> categories = menu.categories().stream()
                .collect(Collectors.toMap(MenuCategory::id, Function.identity()));
        Map<String, SoldOutItem> showing = items.stream()
                .collect(Collectors.toMap(SoldOutItem::itemId, Function.identity()));
        List<SoldOutItem> next = menu.items().stream()
                .sorted(Comparator.comparingInt(i -> sortOrder(categories.get(i.categoryId()))))
                .map(i -> itemOf(i, categories.get(i.categoryId()), showing.get(i.id())))
                .toList();
        if (!next.equals(items)) {
            items.setAll(next);
        }
        soldOutCount.set((int) next.stream().filter(i -> !i.isAvailable()).count());
    }

    /** Marks an item sold out, or back on sale. */
    public void toggle(SoldOutItem item) {
        if (item.busyProperty().get()) {
            return;
        }
        item.busy(true);
        boolean wanted = !item.isAvailable();
        LOG.info("Setting {} available={}", item.itemId(), wanted);
        client.setAvailability(new SetAvailability(item.itemId(), wanted))
                .whenComplete((menu, failure) -> ui.execute(() -> {
                    item.busy(false);
                    if (failure == null) {
                        apply(menu);
                    } else {
                        onFailure.accept(item, failure);
                    }
                }));
    }

    private static int sortOrder(MenuCategory category) {
        return category == null ? Integer.MAX_VALUE : category.sortOrder();
    }

    /** The item as shown before, brought up to date, unless its name or category changed. */
    private static SoldOutItem itemOf(MenuItem item, MenuCategory category, SoldOutItem shown) {
        LocalizedText categoryName = category == null ? NO_CATEGORY : category.name();
        if (shown != null && shown.name().equals(item.name()) && shown.category().equals(categoryName)) {
            shown.available(item.available());
            return shown;
        }
        return new SoldOutItem(item.id(), item.name(), categoryName, item.available());
    }
}
