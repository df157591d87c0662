package cafe.core.menu.domain;

import cafe.contract.LocalizedText;
import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuCategory;
import cafe.contract.menu.MenuItem;
import cafe.contract.menu.MenuEditProblem;
import cafe.contract.menu.MenuOption;
import cafe.contract.menu.OptionGroup;
import cafe.contract.wire.ErrorCode;
import cafe.core.shared.Rejection;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a manager's change must respect before it goes to every kiosk: ids a kiosk can keep, names in
 * both languages, no negative price, options that exist and choices a customer can make. Each refusal
 * names the field and the rule, in words a manager reads on the screen.
 */
final class MenuRules {

    static final long MOST_WON = 1_000_000;
    static final int NAME_CHARS = 40;
    static final int DESCRIPTION_CHARS = 200;
    static final int MOST_PREP_SECONDS = 3_600;
    /** A picture's name: a bundled file's or an added one's ("added-" and 24 hex digits, with its type). */
    static final int PICTURE_NAME_CHARS = 100;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private MenuRules() {
    }

    static void checkItem(MenuItem item, Menu menu) {
        checkId(item.id(), "item");
        checkName(item.name(), "item.name");
        checkText(item.description(), "item.description", DESCRIPTION_CHARS, false);
        if (menu.categories().stream().noneMatch(category -> category.id().equals(item.categoryId()))) {
            throw refused("unknown-category", "item.category", null, "the item's category " + item.categoryId() + " is not on the menu");
        }
        checkWon(item.basePriceWon(), "item.price");
        if (item.prepSeconds() < 0 || item.prepSeconds() > MOST_PREP_SECONDS) {
            throw refused("seconds-range", "item.prepSeconds", (long) MOST_PREP_SECONDS, "the preparation time is 0 to "
                    + MOST_PREP_SECONDS + " seconds");
        }
        if (item.image() == null || item.image().isBlank()) {
            throw refused("picture-needed", "item.picture", null, "the item needs a picture");
        }
        if (item.image().length() > PICTURE_NAME_CHARS) {
            throw refused("text-long", "item.picture", (long) PICTURE_NAME_CHARS,
                    "a picture's name has at most " + PICTURE_NAME_CHARS + " characters");
        }
        checkDistinct(item.optionGroupIds(), "item.optionGroups");
        item.optionGroupIds().stream().filter(id -> menu.optionGroup(id).isEmpty()).findFirst().ifPresent(id -> {
            throw refused("unknown-option-group", "item.optionGroups", null, "there is no option group " + id);
        });
        checkOptionsApart(item, menu, "item.optionGroups");
        checkDistinct(item.suggestedItemIds(), "item.suggestions");
        item.suggestedItemIds().stream().filter(id -> id.equals(item.id()) || menu.item(id).isEmpty()).findFirst()
                .ifPresent(id -> {
                    throw refused("unknown-suggestion", "item.suggestions", null,
                            "an item can suggest only other items on the menu, not " + id);
                });
    }

    /**
     * An order names an item's options by id alone, so the groups one item offers may not share an
     * option id: the store could not tell which was picked, and the item could not be ordered.
     */
    static void checkOptionsApart(MenuItem item, Menu menu, String field) {
        List<String> optionIds = item.optionGroupIds().stream().flatMap(id -> menu.optionGroup(id).stream())
                .flatMap(group -> group.options().stream()).map(MenuOption::id).toList();
        if (new HashSet<>(optionIds).size() != optionIds.size()) {
            throw refused("options-shared", field, null, "the option groups " + item.id()
                    + " offers share an option id; each option of an item needs an id of its own");
        }
    }

    static void checkCategory(MenuCategory category) {
        checkId(category.id(), "category.id");
        checkName(category.name(), "category.name");
    }

    static void checkOptionGroup(OptionGroup group) {
        checkId(group.id(), "group.id");
        checkName(group.name(), "group.name");
        if (group.options().isEmpty()) {
            throw refused("no-options", "group.options", null, "an option group needs at least one option");
        }
        checkDistinct(group.options().stream().map(MenuOption::id).toList(), "group.options");
        for (MenuOption option : group.options()) {
            checkId(option.id(), "option.id");
            checkName(option.name(), "option.name");
            checkWon(option.priceDeltaWon(), "option.price");
        }
        if (group.minChoices() < 0 || group.maxChoices() < Math.max(1, group.minChoices())
                || group.maxChoices() > group.options().size()) {
            throw refused("choice-range", "group.choices", (long) group.options().size(), "a customer picks at least 0 and at most "
                    + group.options().size() + " options here, and the least may not be more than the most");
        }
        int defaults = group.defaults().size();
        if (defaults < group.minChoices() || defaults > group.maxChoices()) {
            throw refused("defaults-range", "group.defaults", null,
                    "the options chosen at first must be between the least and the most a customer picks");
        }
    }

    /** A list that must hold exactly the ids there are, each once. */
    static void checkSameIds(List<String> given, List<String> existing, String what) {
        if (given == null || given.size() != existing.size() || !new HashSet<>(given).equals(new HashSet<>(existing))) {
            throw refused("same-ids", what, null, "a new order of the " + what + " lists each of them once: " + existing);
        }
    }

    /** The refusal of a rule about a field, in English for the log and as a MenuEditProblem for a screen. */
    static Rejection refused(String rule, String field, Long limit, String why) {
        return new Rejection(ErrorCode.MENU_EDIT_REFUSED, why, new MenuEditProblem(rule, field, limit));
    }

    private static void checkId(String id, String what) {
        if (id == null || !ID.matcher(id).matches()) {
            throw refused("bad-id", what, null, "a " + what + " is 1 to 40 lower-case letters, digits and '-', not " + id);
        }
    }

    private static void checkName(LocalizedText name, String what) {
        if (name == null) {
            throw refused("text-empty", what, null, "the " + what + " is needed in Korean and English");
        }
        checkText(name.ko(), what + ".ko", NAME_CHARS, true);
        checkText(name.en(), what + ".en", NAME_CHARS, true);
    }

    private static void checkText(LocalizedText text, String what, int most, boolean required) {
        if (text == null) {
            if (required) {
                throw refused("text-empty", what, null, "the " + what + " is needed");
            }
            return;
        }
        checkText(text.ko(), what + ".ko", most, required);
        checkText(text.en(), what + ".en", most, required);
    }

    private static void checkText(String text, String what, int most, boolean required) {
        if (required && text.isBlank()) {
            throw refused("text-empty", what, null, "the " + what + " may not be empty");
        }
        if (text.strip().length() > most) {
            throw refused("text-long", what, (long) most, "the " + what + " has at most " + most + " characters");
        }
    }

    private static void checkWon(long won, String what) {
        if (won < 0 || won > MOST_WON) {
            throw refused("won-range", what, MOST_WON, "the " + what + " is 0 to " + MOST_WON + " won, not " + won);
        }
    }

    private static void checkDistinct(List<String> ids, String what) {
        if (new HashSet<>(ids).size() != ids.size()) {
            throw refused("listed-twice", what, null, "each of " + what + " may be listed once");
        }
    }
}
