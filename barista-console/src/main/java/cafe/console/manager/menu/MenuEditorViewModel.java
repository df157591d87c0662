package cafe.console.manager.menu;

import cafe.client.ManagerClient;
import cafe.client.Subscription;
import cafe.console.manager.Failures;
import cafe.contract.LocalizedText;
import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuCategory;
import cafe.contract.menu.MenuItem;
import cafe.contract.menu.OptionGroup;
import cafe.contract.menu.ReorderMenu;
import cafe.contract.menu.RetireCategory;
import cafe.contract.menu.RetireMenuItem;
import cafe.contract.menu.SaveCategory;
import cafe.contract.menu.SaveMenuItem;
import cafe.contract.wire.ErrorCode;
import cafe.terminal.i18n.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The menu editor: categories in the kiosk's order, the chosen category's items, and the chosen
 * item's form. Every change goes to the store, which checks it, makes it live on every kiosk and
 * answers the new menu; a refusal is shown with the store's reason and the form keeps what was typed.
 * Changes from elsewhere (a barista's 86, another manager) arrive as menu events.
 */
public final class MenuEditorViewModel {

    private final ManagerClient client;
    private final Texts texts;
    private final Executor ui;
    private final Consumer<String> signInAgain;
    private final ObjectProperty<Menu> menu = new SimpleObjectProperty<>();
    private final ObservableList<MenuCategory> categories = FXCollections.observableArrayList();
    private final ObjectProperty<MenuCategory> category = new SimpleObjectProperty<>();
    private final ObservableList<MenuItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<MenuItem> item = new SimpleObjectProperty<>();
    private final ObservableList<OptionGroup> optionGroups = FXCollections.observableArrayList();
    private final ObservableList<String> pictures = FXCollections.observableArrayList();
    private final ItemForm form = new ItemForm();
    private final StringProperty categoryKo = new SimpleStringProperty("");
    private final StringProperty categoryEn = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsProblem = new ReadOnlyBooleanWrapper();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Subscription menuEvents;

    /** @param signInAgain called with the reason when the staff pass is no longer good */
    public MenuEditorViewModel(ManagerClient client, Texts texts, Executor ui, Consumer<String> signInAgain) {
        this.client = client;
        this.texts = texts;
        this.ui = ui;
        this.signInAgain = signInAgain;
    }

    public ObservableList<MenuCategory> categories() {
        return categories;
    }

    public ObjectProperty<MenuCategory> categoryProperty() {
        return category;
    }

    public ObservableList<MenuItem> items() {
        return items;
    }

    public ObjectProperty<MenuItem> itemProperty() {
        return item;
    }

    public ObservableList<OptionGroup> optionGroups() {
        return optionGroups;
    }

    public ObservableList<String> pictures() {
        return pictures;
    }

    public ItemForm form() {
        return form;
    }

    public StringProperty categoryKoProperty() {
        return categoryKo;
    }

    public StringProperty categoryEnProperty() {
        return categoryEn;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsProblemProperty() {
        return messageIsProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public Texts texts() {
        return texts;
    }

    public void open() {
        menuEvents = client.onMenuChanged(changed -> ui.execute(() -> apply(changed)));
        client.menu().whenComplete((loaded, failure) -> ui.execute(() -> {
            if (failure == null) {
                apply(loaded);
            } else {
                problem(Failures.describe(failure, texts));
            }
        }));
    }

    public void close() {
        if (menuEvents != null) {
            menuEvents.close();
        }
    }

    /** The manager picks a category; picking the one shown again changes nothing. */
    public void chooseCategory(MenuCategory chosen) {
        if (sameId(chosen, category.get(), MenuCategory::id)) {
            return;
        }
        category.set(chosen);
        categoryKo.set(chosen == null ? "" : chosen.name().ko());
        categoryEn.set(chosen == null ? "" : chosen.name().en());
        items.setAll(chosen == null || menu.get() == null ? List.of() : menu.get().itemsIn(chosen.id()));
        newItem();
    }

    /** The manager picks an item to edit; picking the one in the form again keeps what was typed. */
    public void chooseItem(MenuItem chosen) {
        if (chosen != null && sameId(chosen, item.get(), MenuItem::id)) {
            return;
        }
        item.set(chosen);
        if (chosen != null) {
            form.fill(chosen);
        }
    }

    /** An empty form for a new item in the chosen category. */
    public void newItem() {
        item.set(null);
        form.blank(category.get() == null ? null : category.get().id(), pictures.isEmpty() ? "" : pictures.get(0));
    }

    public void save() {
        MenuItem typed;
        try {
            typed = form.toItem(menu.get() == null ? Set.of() : itemIds(menu.get()));
        } catch (IllegalArgumentException notANumber) {
            problem(texts.get(notANumber.getMessage()));
            return;
        }
        send(client.saveItem(new SaveMenuItem(typed)), saved -> {
            item.set(null);
            chooseItem(saved.item(typed.id()).orElse(null));
            done("editor.saved", texts.of(typed.name()));
        });
    }

    public void retire() {
        MenuItem chosen = item.get();
        if (chosen != null) {
            send(client.retireItem(new RetireMenuItem(chosen.id())), retired -> {
                newItem();
                done("editor.retired", texts.of(chosen.name()));
            });
        }
    }

    /** Moves the chosen item up (-1) or down (+1) in its category. */
    public void moveItem(int by) {
        MenuItem chosen = item.get();
        List<String> ids = moved(items.stream().map(MenuItem::id).toList(), chosen == null ? null : chosen.id(), by);
        if (ids != null) {
            send(client.reorder(new ReorderMenu(category.get().id(), ids)), reordered -> done("editor.reordered"));
        }
    }

    /** Moves the chosen category left (-1) or right (+1) among the kiosk's tabs. */
    public void moveCategory(int by) {
        MenuCategory chosen = category.get();
        List<String> ids = moved(categories.stream().map(MenuCategory::id).toList(), chosen == null ? null : chosen.id(), by);
        if (ids != null) {
            send(client.reorder(new ReorderMenu(null, ids)), reordered -> done("editor.reordered"));
        }
    }

    /** Adds a category with the names typed in the category fields. */
    public void addCategory() {
        Set<String> taken = categories.stream().map(MenuCategory::id).collect(Collectors.toSet());
        MenuCategory added = new MenuCategory(ItemIds.fresh(categoryEn.get(), taken), typedCategoryName(), 0);
        send(client.saveCategory(new SaveCategory(added)), saved -> {
            chooseCategory(saved.categories().stream().filter(c -> c.id().equals(added.id())).findFirst().orElse(null));
            done("editor.saved", texts.of(added.name()));
        });
    }

    /** Gives the chosen category the names typed in the category fields. */
    public void renameCategory() {
        MenuCategory chosen = category.get();
        if (chosen != null) {
            send(client.saveCategory(new SaveCategory(new MenuCategory(chosen.id(), typedCategoryName(), 0))),
                    saved -> done("editor.saved", texts.of(typedCategoryName())));
        }
    }

    public void retireCategory() {
        MenuCategory chosen = category.get();
        if (chosen != null) {
            send(client.retireCategory(new RetireCategory(chosen.id())),
                    retired -> done("editor.retired", texts.of(chosen.name())));
        }
    }

    /** Shows the newest menu: keeps the chosen category and item where they still exist. */
    void apply(Menu newer) {
        if (menu.get() != null && newer.version() <= menu.get().version()) {
            return;
        }
        menu.set(newer);
        categories.setAll(newer.categories().stream().sorted(Comparator.comparingInt(MenuCategory::sortOrder)).toList());
        optionGroups.setAll(newer.optionGroups());
        pictures.setAll(newer.items().stream().map(MenuItem::image).distinct().sorted().toList());
        String chosenCategory = category.get() == null ? null : category.get().id();
        String chosenItem = item.get() == null ? null : item.get().id();
        MenuCategory stillThere = categories.stream().filter(c -> c.id().equals(chosenCategory)).findFirst()
                .orElse(categories.isEmpty() ? null : categories.get(0));
        category.set(stillThere);
        items.setAll(stillThere == null ? List.of() : newer.itemsIn(stillThere.id()));
        item.set(chosenItem == null ? null : newer.item(chosenItem).orElse(null));
    }

    private LocalizedText typedCategoryName() {
        return new LocalizedText(categoryKo.get().strip(), categoryEn.get().strip());
    }

    private void send(CompletableFuture<Menu> call, Consumer<Menu> then) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set(texts.get("editor.sending"));
        messageIsProblem.set(false);
        call.whenComplete((changed, failure) -> ui.execute(() -> {
            busy.set(false);
            if (failure == null) {
                apply(changed);
                then.accept(changed);
            } else if (Failures.code(failure).filter(code -> code == ErrorCode.SIGN_IN_REQUIRED).isPresent()) {
                signInAgain.accept(texts.get("failure.signIn"));
            } else {
                problem(RefusalWords.of(failure, texts).orElseGet(() -> Failures.describe(failure, texts)));
            }
        }));
    }

    private void done(String key, Object... args) {
        message.set(texts.get(key, args));
        messageIsProblem.set(false);
    }

    private void problem(String why) {
        message.set(why);
        messageIsProblem.set(true);
    }

    private static <T> boolean sameId(T one, T other, Function<T, String> id) {
        return one != null && other != null && id.apply(one).equals(id.apply(other));
    }

    private static Set<String> itemIds(Menu menu) {
        return menu.items().stream().map(MenuItem::id).collect(Collectors.toSet());
    }

    /** The ids with one moved by a place, or null when it cannot move that way. */
    private static List<String> moved(List<String> ids, String id, int by) {
        int from = id == null ? -1 : ids.indexOf(id);
        int to = from + by;
        if (from < 0 || to < 0 || to >= ids.size()) {
            return null;
        }
        List<String> order = new ArrayList<>(ids);
        order.add(to, order.remove(from));
        return order;
    }
}
