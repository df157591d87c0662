package cafe.console.manager.menu;

import cafe.contract.LocalizedText;
import cafe.contract.menu.MenuItem;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The item being edited, as the manager types it: texts as typed, the price and preparation time
 * as text until saved. A new item gets its id from its English name when it is saved.
 */
public final class ItemForm {

    private final StringProperty nameKo = new SimpleStringProperty("");
    private final StringProperty nameEn = new SimpleStringProperty("");
    private final StringProperty descriptionKo = new SimpleStringProperty("");
    private final StringProperty descriptionEn = new SimpleStringProperty("");
    private final StringProperty price = new SimpleStringProperty("");
    private final StringProperty prepSeconds = new SimpleStringProperty("");
    private final StringProperty picture = new SimpleStringProperty("");
    private final ObservableSet<String> optionGroups = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableList<String> suggestions = FXCollections.observableArrayList();
    private MenuItem original;
    private String categoryId;

    public StringProperty nameKoProperty() {
        return nameKo;
    }

    public StringProperty nameEnProperty() {
        return nameEn;
    }

    public StringProperty descriptionKoProperty() {
        return descriptionKo;
    }

    public StringProperty descriptionEnProperty() {
        return descriptionEn;
    }

    public StringProperty priceProperty() {
        return price;
    }

    public StringProperty prepSecondsProperty() {
        return prepSeconds;
    }

    public StringProperty pictureProperty() {
        return picture;
    }

    /** The ids of the items a kiosk suggests with this one, in the order it shows them. */
    public ObservableList<String> suggestions() {
        return suggestions;
    }

    /** The ids of the option groups the item offers, in the order the kiosk asks them. */
    public ObservableSet<String> optionGroups() {
        return optionGroups;
    }

    public boolean isNew() {
        return original == null;
    }

    void fill(MenuItem item) {
        original = item;
        categoryId = item.categoryId();
        nameKo.set(item.name().ko());
        nameEn.set(item.name().en());
        descriptionKo.set(item.description() == null ? "" : item.description().ko());
        descriptionEn.set(item.description() == null ? "" : item.description().en());
        price.set(Long.toString(item.basePriceWon()));
        prepSeconds.set(Integer.toString(item.prepSeconds()));
        picture.set(item.image());
        optionGroups.clear();
        optionGroups.addAll(item.optionGroupIds());
        suggestions.setAll(item.suggestedItemIds());
    }

    void blank(String inCategory, String firstPicture) {
        original = null;
        categoryId = inCategory;
        List.of(nameKo, nameEn, descriptionKo, descriptionEn).forEach(text -> text.set(""));
        price.set("");
        prepSeconds.set("60");
        picture.set(firstPicture);
        optionGroups.clear();
        suggestions.clear();
    }

    /**
     * The item as typed, for the store to check; a price or time that is not a whole number is
     * refused here, with the key of the words that say so.
     */
    MenuItem toItem(Set<String> takenIds) {
        long won = Typed.wholeNumber(price.get(), "editor.priceNotNumber");
        int seconds = (int) Typed.wholeNumber(prepSeconds.get(), "editor.prepNotNumber");
        String id = original != null ? original.id() : ItemIds.fresh(nameEn.get(), takenIds);
        return new MenuItem(id, categoryId, new LocalizedText(nameKo.get().strip(), nameEn.get().strip()),
                new LocalizedText(descriptionKo.get().strip(), descriptionEn.get().strip()), won,
                List.copyOf(optionGroups), picture.get(), original == null || original.available(), seconds,
                List.copyOf(suggestions));
    }
}
