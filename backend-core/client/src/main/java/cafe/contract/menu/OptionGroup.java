package cafe.contract.menu;

import cafe.contract.LocalizedText;
import java.util.List;
import java.util.Optional;

/** Size, temperature, shots, milk, syrup: how many of its options a customer must and may pick. */
public record OptionGroup(String id, LocalizedText name, int minChoices, int maxChoices,
                          List<MenuOption> options) {

    public OptionGroup {
        options = List.copyOf(options);
    }

    public Optional<MenuOption> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    public List<MenuOption> defaults() {
        return options.stream().filter(MenuOption::isDefault).toList();
    }
}
