package cafe.console.manager.menu;

import cafe.contract.LocalizedText;
import cafe.contract.menu.MenuOption;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One option of the group being edited, as typed: names, the price it adds, whether it is picked at first. */
public final class OptionRow {

    private final String id;
    private final StringProperty nameKo = new SimpleStringProperty("");
    private final StringProperty nameEn = new SimpleStringProperty("");
    private final StringProperty priceDelta = new SimpleStringProperty("0");
    private final BooleanProperty picked = new SimpleBooleanProperty();

    private OptionRow(String id) {
        this.id = id;
    }

    static OptionRow of(MenuOption option) {
        OptionRow row = new OptionRow(option.id());
        row.nameKo.set(option.name().ko());
        row.nameEn.set(option.name().en());
        row.priceDelta.set(Long.toString(option.priceDeltaWon()));
        row.picked.set(option.isDefault());
        return row;
    }

    /** A new option; its id comes from its English name when the group is saved. */
    static OptionRow blank() {
        return new OptionRow(null);
    }

    /** Its id on the menu; null until a new option is saved. */
    String id() {
        return id;
    }

    public StringProperty nameKoProperty() {
        return nameKo;
    }

    public StringProperty nameEnProperty() {
        return nameEn;
    }

    public StringProperty priceDeltaProperty() {
        return priceDelta;
    }

    /** Picked for the customer until they change it. */
    public BooleanProperty pickedProperty() {
        return picked;
    }

    MenuOption toOption(String groupId, Set<String> takenIds) {
        String optionId = id != null ? id : ItemIds.fresh(groupId + " " + nameEn.get(), takenIds);
        takenIds.add(optionId);
        return new MenuOption(optionId, new LocalizedText(nameKo.get().strip(), nameEn.get().strip()),
                Typed.wholeNumber(priceDelta.get(), "groups.priceNotNumber"), picked.get());
    }
}
