package cafe.kiosk.order;

import static cafe.kiosk.testing.Menus.LATTE;
import static cafe.kiosk.testing.Menus.MILK;
import static cafe.kiosk.testing.Menus.SIZE;
import static cafe.kiosk.testing.Menus.SYRUP;
import static org.assertj.core.api.Assertions.assertThat;

import cafe.kiosk.testing.Menus;
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
