package cafe.kiosk.order;

import static cafe.kiosk.testing.Menus.LATTE;
import static cafe.kiosk.testing.Menus.MILK;
import static cafe.kiosk.testing.Menus.SIZE;
import static cafe.kiosk.testing.Menus.SYRUP;
import static org.assertj.core.api.Assertions.assertThat;

import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuOption;
import cafe.contract.menu.OptionGroup;
import cafe.kiosk.testing.Menus;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemChoiceTest {

    private final ItemChoice choice = new ItemChoice(Menus.standard(), LATTE);

    @Test
    void startsWithEachGroupsDefaultAndTheBasePrice() {
        assertThat(choice.completeProperty().get()).isTrue();
        assertThat(choice.linePriceWonProperty().get()).isEqualTo(5000);
        assertThat(choice.toEntry().optionIds()).containsExactly("size-regular", "milk-whole");
    }

    @Test
    void aOneOfGroupSwapsItsChoiceAndCannotBeLeftEmpty() {
        choice.toggle(MILK, MILK.options().get(1));
        assertThat(choice.isPicked(MILK, MILK.options().get(0))).isFalse();
        choice.toggle(MILK, MILK.options().get(1));
        assertThat(choice.isPicked(MILK, MILK.options().get(1))).as("tapping the picked one keeps it").isTrue();
        assertThat(choice.linePriceWonProperty().get()).isEqualTo(5600);
    }

    @Test
    void aGroupUpToTwoRefusesAThirdAndLetsOneGo() {
        assertThat(choice.toggle(SYRUP, SYRUP.options().get(0))).isTrue();
        assertThat(choice.toggle(SYRUP, SYRUP.options().get(1))).isTrue();
        assertThat(choice.toggle(SYRUP, SYRUP.options().get(2))).isFalse();
        assertThat(choice.isPicked(SYRUP, SYRUP.options().get(2))).isFalse();
        choice.toggle(SYRUP, SYRUP.options().get(0));
        assertThat(choice.isPicked(SYRUP, SYRUP.options().get(0))).isFalse();
        assertThat(choice.linePriceWonProperty().get()).isEqualTo(5500);
    }

    @Test
    void onANewerMenuAChoiceKeepsThePicksItStillHasAtTheirNewPrices() {
        choice.toggle(SIZE, SIZE.options().get(1));
        choice.toggle(MILK, MILK.options().get(1));
        choice.toggle(SYRUP, SYRUP.options().get(0));
        choice.changeQuantity(1);
        OptionGroup dearerLarge = new OptionGroup("size", SIZE.name(), 1, 1, List.of(SIZE.options().get(0),
                new MenuOption("size-large", SIZE.options().get(1).name(), 800, false)));
        OptionGroup noOat = new OptionGroup("milk", MILK.name(), 1, 1, List.of(MILK.options().get(0)));
        Menu newer = new Menu(2, Menus.standard().categories(), List.of(LATTE), List.of(dearerLarge, noOat, SYRUP));

        assertThat(choice.matches(newer, LATTE)).isFalse();
        ItemChoice carried = choice.carriedTo(newer, LATTE);

        assertThat(carried.toEntry().optionIds()).as("oat milk is gone, so the milk starts over")
                .containsExactly("size-large", "milk-whole", "syrup-vanilla");
        assertThat(carried.quantityProperty().get()).isEqualTo(2);
        assertThat(carried.linePriceWonProperty().get()).isEqualTo(2 * (5000 + 800 + 500));
        assertThat(carried.matches(newer, LATTE)).isTrue();
    }

    @Test
    void theLinePriceFollowsOptionsAndQuantityWithinLimits() {
        choice.toggle(SIZE, SIZE.options().get(1));
        choice.changeQuantity(2);
        assertThat(choice.linePriceWonProperty().get()).isEqualTo(3 * 5500);
        choice.changeQuantity(-10);
        assertThat(choice.quantityProperty().get()).isEqualTo(3);
        choice.changeQuantity(Cart.MAX_QUANTITY);
        assertThat(choice.quantityProperty().get()).isEqualTo(3);
        assertThat(choice.toEntry().optionIds()).as("in the menu's group order").containsExactly("size-large", "milk-whole");
    }
}
