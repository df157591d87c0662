package cafe.console.manager.menu;

import cafe.contract.LocalizedText;
import cafe.contract.menu.MenuOption;
import cafe.contract.menu.OptionGroup;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The option group being edited, as the manager types it: its names, how many options a customer
 * must and may pick (as text until saved), and its options in the order the kiosk shows them.
 */
public final class GroupForm {

    private final StringProperty nameKo = new SimpleStringProperty("");
    private final StringProperty nameEn = new SimpleStringProperty("");
    private final StringProperty least = new SimpleStringProperty("");
    private final StringProperty most = new SimpleStringProperty("");
    private final ObservableList<OptionRow> options = FXCollections.observableArrayList();
    private String groupId;

    public StringProperty nameKoProperty() {
        return nameKo;
    }

    public StringProperty nameEnProperty() {
        return nameEn;
    }

    /** The fewest options a customer must pick (0: the group may be left alone). */
    public StringProperty leastProperty() {
        return least;
    }

    public StringProperty mostProperty() {
        return most;
    }

    public ObservableList<OptionRow> options() {
        return options;
    }

    void fill(OptionGroup group) {
        groupId = group.id();
        nameKo.set(group.name().ko());
        nameEn.set(group.name().en());
        least.set(Integer.toString(group.minChoices()));
        most.set(Integer.toString(group.maxChoices()));
        options.setAll(group.options().stream().map(OptionRow::of).toList());
    }

    /** A new group: one choice of one option, to be named. */
    void blank() {
        groupId = null;
        nameKo.set("");
        nameEn.set("");
        least.set("1");
        most.set("1");
        options.setAll(OptionRow.blank());
    }

    /**
     * The group as typed, for the store to check; a count or price that is not a whole number is
     * refused here with the key of the words that say so. A new group's id comes from its English name.
     */
    OptionGroup toGroup(Set<String> takenGroupIds) {
        int fewest = (int) Typed.wholeNumber(least.get(), "groups.countNotNumber");
        int atMost = (int) Typed.wholeNumber(most.get(), "groups.countNotNumber");
        String id = groupId != null ? groupId : ItemIds.fresh(nameEn.get(), takenGroupIds);
        Set<String> optionIds = new HashSet<>(options.stream().map(OptionRow::id).filter(Objects::nonNull).toList());
        List<MenuOption> typed = options.stream().map(row -> row.toOption(id, optionIds)).toList();
        return new OptionGroup(id, new LocalizedText(nameKo.get().strip(), nameEn.get().strip()), fewest, atMost, typed);
    }
}
