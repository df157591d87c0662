package cafe.console.manager.menu;

import cafe.client.ManagerClient;
import cafe.client.Subscription;
import cafe.console.manager.office.StaffCalls;
import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuItem;
import cafe.contract.menu.OptionGroup;
import cafe.contract.menu.RetireOptionGroup;
import cafe.contract.menu.SaveOptionGroup;
import cafe.terminal.i18n.Texts;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The option groups a kiosk asks about (size, milk, syrup): the list, and the chosen group's form
 * with its options. A group is saved whole, so its options' order and price deltas go live together;
 * the store refuses to retire a group an item still offers and says which items.
 */
public final class OptionGroupsViewModel {

    private final ManagerClient client;
    private final Texts texts;
    private final MenuChanges changes;
    private final ObjectProperty<Menu> menu = new SimpleObjectProperty<>();
    private final ObservableList<OptionGroup> groups = FXCollections.observableArrayList();
    private final ObjectProperty<OptionGroup> group = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper offeredBy = new ReadOnlyStringWrapper("");
    private final GroupForm form = new GroupForm();
    private Subscription menuEvents;

    /** @param calls makes the calls under the staff pass */
    public OptionGroupsViewModel(ManagerClient client, Texts texts, Executor ui, StaffCalls calls) {
        this.client = client;
        this.texts = texts;
        this.changes = new MenuChanges(texts, ui, calls, this::apply);
        form.blank();
    }

    public ObservableList<OptionGroup> groups() {
        return groups;
    }

    public ObjectProperty<OptionGroup> groupProperty() {
        return group;
    }

    public GroupForm form() {
        return form;
    }

    /** The items that offer the chosen group, by name. */
    public ReadOnlyStringProperty offeredByProperty() {
        return offeredBy.getReadOnlyProperty();
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

    /** The manager picks a group; picking the one in the form again keeps what was typed. */
    public void chooseGroup(OptionGroup chosen) {
        if (chosen == null || group.get() != null && group.get().id().equals(chosen.id())) {
            return;
        }
        group.set(chosen);
        form.fill(chosen);
        showOfferedBy();
    }

    /** An empty form for a new group. */
    public void newGroup() {
        group.set(null);
        form.blank();
        showOfferedBy();
    }

    public void addOption() {
        form.options().add(OptionRow.blank());
    }

    public void removeOption(OptionRow row) {
        form.options().remove(row);
    }

    /** Moves an option up (-1) or down (+1) in the order the kiosk shows them; saved with the group. */
    public void moveOption(OptionRow row, int by) {
        List<OptionRow> order = Places.moved(form.options(), row, by);
        if (order != null) {
            form.options().setAll(order);
        }
    }

    public void save() {
        OptionGroup typed;
        try {
            typed = form.toGroup(groups.stream().map(OptionGroup::id).collect(Collectors.toSet()));
        } catch (IllegalArgumentException notANumber) {
            changes.problem(texts.get(notANumber.getMessage()));
            return;
        }
        changes.send(() -> client.saveOptionGroup(new SaveOptionGroup(typed)), saved -> {
            group.set(null);
            saved.optionGroup(typed.id()).ifPresent(this::chooseGroup);
            changes.done("editor.saved", texts.of(typed.name()));
        });
    }

    public void retire() {
        OptionGroup chosen = group.get();
        if (chosen != null) {
            changes.send(() -> client.retireOptionGroup(new RetireOptionGroup(chosen.id())), retired -> {
                newGroup();
                changes.done("editor.retired", texts.of(chosen.name()));
            });
        }
    }

    /** Shows the newest menu, keeping the chosen group (and what is typed for it) where it still exists. */
    void apply(Menu newer) {
        menu.set(newer);
        groups.setAll(newer.optionGroups());
        OptionGroup chosen = group.get();
        group.set(chosen == null ? null : newer.optionGroup(chosen.id()).orElse(null));
        showOfferedBy();
    }

    private void showOfferedBy() {
        OptionGroup chosen = group.get();
        Set<String> names = chosen == null || menu.get() == null ? Set.of() : menu.get().items().stream()
                .filter(item -> item.optionGroupIds().contains(chosen.id()))
                .map(MenuItem::name).map(texts::of).collect(Collectors.toCollection(TreeSet::new));
        offeredBy.set(names.isEmpty() ? texts.get("groups.offeredByNone") : texts.get("groups.offeredBy",
                String.join(", ", names)));
    }
}
