package cafe.console.manager.menu;

import cafe.client.ManagerClient;
import cafe.client.Subscription;
import cafe.console.manager.office.StaffCalls;
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
import cafe.contract.menu.SavePicture;
import cafe.terminal.i18n.Texts;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
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
    private final ObjectProperty<Menu> menu = new SimpleObjectProperty<>();
    private final ObservableList<MenuCategory> categories = FXCollections.observableArrayList();
    private final ObjectProperty<MenuCategory> category = new SimpleObjectProperty<>();
    private final ObservableList<MenuItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<MenuItem> item = new SimpleObjectProperty<>();
    private final ObservableList<OptionGroup> optionGroups = FXCollections.observableArrayList();
    private final ObservableList<String> pictures = FXCollections.observableArrayList();
    private final ObservableList<MenuItem> everyItem = FXCollections.observableArrayList();
    private final ItemForm form = new ItemForm();
    private final StringProperty categoryKo = new SimpleStringProperty("");
    private final StringProperty categoryEn = new SimpleStringProperty("");
    private final MenuChanges changes;
    private final PictureShelf pictureShelf;
    private Subscription menuEvents;

    /** @param calls makes the calls under the staff pass */
    public MenuEditorViewModel(ManagerClient client, Texts texts, Executor ui, StaffCalls calls) {
        this.client = client;
        this.texts = texts;
        this.changes = new MenuChanges(texts, ui, calls, this::apply);
        this.pictureShelf = new PictureShelf(client::picture);
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

    /** Every item on the menu, for the suggestions a kiosk makes with the item being edited. */
    public ObservableList<MenuItem> everyItem() {
        return everyItem;
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

    /** The change on its way, and the line that tells how the last one went. */
    MenuChanges changes() {
        return changes;
    }

    public Texts texts() {
        return texts;
    }

    public void open() {
        menuEvents = changes.follow(client);
    }

    /** Reads the store's menu again: the link was down and its changes went unheard. */
    public void readMenu() {
        changes.read(client);
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
            changes.problem(texts.get(notANumber.getMessage()));
            return;
        }
        changes.send(() -> client.saveItem(new SaveMenuItem(typed)), saved -> {
            item.set(null);
            chooseItem(saved.item(typed.id()).orElse(null));
            changes.done("editor.saved", texts.of(typed.name()));
        });
    }

    /** A picture's bytes for its preview, answered off the FX thread. */
    public CompletableFuture<byte[]> picture(String image) {
        return pictureShelf.bytes(image);
    }

    /** Adds a picture file from this PC to the menu and puts it on the item in the form. */
    public void addPicture(Path file) {
        changes.send(() -> CompletableFuture.supplyAsync(() -> fitted(file))
                .thenCompose(bytes -> client.savePicture(new SavePicture(bytes)).thenApply(saved -> {
                    pictureShelf.keep(saved.image(), bytes);
                    return saved;
                })), saved -> {
                    if (!pictures.contains(saved.image())) {
                        pictures.add(saved.image());
                    }
                    form.pictureProperty().set(saved.image());
                    changes.done("editor.pictureAdded", file.getFileName().toString());
                });
    }

    private static byte[] fitted(Path file) {
        try {
            return KioskPicture.of(file);
        } catch (KioskPicture.Unfit unfit) {
            throw new CompletionException(unfit);
        }
    }

    public void retire() {
        MenuItem chosen = item.get();
        if (chosen != null) {
            changes.send(() -> client.retireItem(new RetireMenuItem(chosen.id())), retired -> {
                newItem();
                changes.done("editor.retired", texts.of(chosen.name()));
            });
        }
    }

    /** Moves the chosen item up (-1) or down (+1) in its category. */
    public void moveItem(int by) {
        MenuItem chosen = item.get();
        List<String> ids = Places.moved(items.stream().map(MenuItem::id).toList(), chosen == null ? null : chosen.id(), by);
        if (ids != null) {
            changes.send(() -> client.reorder(new ReorderMenu(category.get().id(), ids)),
                    reordered -> changes.done("editor.reordered"));
        }
    }

    /** Moves the chosen category left (-1) or right (+1) among the kiosk's tabs. */
    public void moveCategory(int by) {
        MenuCategory chosen = category.get();
        List<String> ids = Places.moved(categories.stream().map(MenuCategory::id).toList(), chosen == null ? null : chosen.id(), by);
        if (ids != null) {
            changes.send(() -> client.reorder(new ReorderMenu(null, ids)),
                    reordered -> changes.done("editor.reordered"));
        }
    }

    /** Adds a category with the names typed in the category fields. */
    public void addCategory() {
        Set<String> taken = categories.stream().map(MenuCategory::id).collect(Collectors.toSet());
        MenuCategory added = new MenuCategory(ItemIds.fresh(categoryEn.get(), taken), typedCategoryName(), 0);
        changes.send(() -> client.saveCategory(new SaveCategory(added)), saved -> {
            chooseCategory(saved.categories().stream().filter(c -> c.id().equals(added.id())).findFirst().orElse(null));
            changes.done("editor.saved", texts.of(added.name()));
        });
    }

    /** Gives the chosen category the names typed in the category fields. */
    public void renameCategory() {
        MenuCategory chosen = category.get();
        if (chosen != null) {
            MenuCategory renamed = new MenuCategory(chosen.id(), typedCategoryName(), 0);
            changes.send(() -> client.saveCategory(new SaveCategory(renamed)),
                    saved -> changes.done("editor.saved", texts.of(typedCategoryName())));
        }
    }

    public void retireCategory() {
        MenuCategory chosen = category.get();
        if (chosen != null) {
            changes.send(() -> client.retireCategory(new RetireCategory(chosen.id())),
                    retired -> changes.done("editor.retired", texts.of(chosen.name())));
        }
    }

    /**
     * Shows the newest menu: keeps the chosen category and item where they still exist. A chosen
     * category that is gone (retired) gives way to the first, with its names and an empty item form.
     */
    void apply(Menu newer) {
        menu.set(newer);
        categories.setAll(newer.categories().stream().sorted(Comparator.comparingInt(MenuCategory::sortOrder)).toList());
        optionGroups.setAll(newer.optionGroups());
        everyItem.setAll(newer.items());
        pictures.setAll(newer.items().stream().map(MenuItem::image).distinct().sorted().toList());
        String chosenCategory = category.get() == null ? null : category.get().id();
        String chosenItem = item.get() == null ? null : item.get().id();
        MenuCategory stillThere = categories.stream().filter(c -> c.id().equals(chosenCategory)).findFirst()
                .orElse(null);
        if (stillThere == null && (category.get() != null || !categories.isEmpty())) {
            chooseCategory(categories.isEmpty() ? null : categories.get(0));
            return;
        }
        category.set(stillThere);
        items.setAll(stillThere == null ? List.of() : newer.itemsIn(stillThere.id()));
        item.set(chosenItem == null ? null : newer.item(chosenItem).orElse(null));
    }

    private LocalizedText typedCategoryName() {
        return new LocalizedText(categoryKo.get().strip(), categoryEn.get().strip());
    }

    private static <T> boolean sameId(T one, T other, Function<T, String> id) {
        return one != null && other != null && id.apply(one).equals(id.apply(other));
    }

    private static Set<String> itemIds(Menu menu) {
        return menu.items().stream().map(MenuItem::id).collect(Collectors.toSet());
    }
}
