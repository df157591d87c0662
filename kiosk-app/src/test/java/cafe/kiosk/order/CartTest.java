package cafe.kiosk.order;

import static cafe.kiosk.testing.Menus.CROISSANT;
import static cafe.kiosk.testing.Menus.LATTE;
import static org.assertj.core.api.Assertions.assertThat;

import cafe.contract.LocalizedText;
import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuItem;
import cafe.contract.order.CartProblem;
import cafe.contract.order.OrderLimits;
import cafe.kiosk.testing.Menus;
import java.util.List;
import org.junit.jupiter.api.Test;

class CartTest {

    private final Menu menu = Menus.standard();
    private final Cart cart = new Cart();

    @Test
    void theSameChoiceTwiceIsOneLineWithTheQuantitiesAdded() {
        cart.add(entry(LATTE));
        cart.add(entry(LATTE));
        cart.add(entry(CROISSANT));
        assertThat(cart.lines()).hasSize(2);
        assertThat(cart.lines().get(0).quantity()).isEqualTo(2);
        assertThat(cart.totalWon().get()).isEqualTo(2 * 5000 + 4200);
        assertThat(cart.itemCount().get()).isEqualTo(3);
        assertThat(cart.toCartLines().get(0).optionIds()).containsExactly("size-regular", "milk-whole");
    }

    @Test
    void quantitiesStayBetweenOneAndTheMaximum() {
        cart.add(entry(CROISSANT));
        cart.changeQuantity(0, -1);
        assertThat(cart.lines().get(0).quantity()).isEqualTo(1);
        for (int i = 0; i < Cart.MAX_QUANTITY + 5; i++) {
            cart.changeQuantity(0, 1);
        }
        assertThat(cart.lines().get(0).quantity()).isEqualTo(Cart.MAX_QUANTITY);
        cart.remove(0);
        assertThat(cart.payable().get()).as("an empty cart cannot be paid").isFalse();
    }

    @Test
    void moreOfTheSameChoiceThanALineHoldsAddsNothingAndSaysSo() {
        ItemChoice fifteen = new ItemChoice(menu, LATTE);
        ItemChoice ten = new ItemChoice(menu, LATTE);
        fifteen.changeQuantity(14);
        ten.changeQuantity(9);
        cart.add(fifteen.toEntry());

        assertThat(cart.add(ten.toEntry())).isEqualTo(CartRoom.TOO_MANY_OF_ONE);

        assertThat(cart.lines()).singleElement().extracting(CartEntry::quantity).isEqualTo(15);
        assertThat(cart.quantityOfSame(ten.toEntry())).isEqualTo(15);
    }

    @Test
    void aCartHoldsAsManyLinesAsTheStoreTakesFromAKiosk() {
        for (int line = 0; line < OrderLimits.MAX_LINES; line++) {
            assertThat(cart.add(line("item-" + line, 1, 1_000))).isEqualTo(CartRoom.FITS);
        }

        assertThat(cart.add(line("one-too-many", 1, 1_000))).isEqualTo(CartRoom.TOO_MANY_LINES);

        assertThat(cart.lines()).hasSize(OrderLimits.MAX_LINES);
        assertThat(cart.add(line("item-0", 1, 1_000))).as("more of a line there is").isEqualTo(CartRoom.FITS);
    }

    @Test
    void aCartComesToAtMostWhatTheStoreTakesFromAKiosk() {
        cart.add(line("cake", Cart.MAX_QUANTITY, 49_000));

        assertThat(cart.add(line("gift-set", 1, 20_001))).isEqualTo(CartRoom.TOO_MUCH);
        assertThat(cart.totalWon().get()).isEqualTo(980_000);
        assertThat(cart.add(line("gift-set", 1, 20_000))).isEqualTo(CartRoom.FITS);
        assertThat(cart.totalWon().get()).isEqualTo(OrderLimits.MAX_TOTAL_WON);
    }

    @Test
    void oneMoreOnALineIsRefusedWhenItWouldTakeTheOrderPastWhatAKioskTakes() {
        cart.add(line("cake", Cart.MAX_QUANTITY - 1, 52_578));

        assertThat(cart.hasRoomForOneMore(0)).isFalse();
        cart.changeQuantity(0, 1);

        assertThat(cart.lines().get(0).quantity()).isEqualTo(Cart.MAX_QUANTITY - 1);
        cart.changeQuantity(0, -1);
        assertThat(cart.hasRoomForOneMore(0)).isTrue();
    }

    @Test
    void aMenuWhereAnItemSoldOutMarksItsLineAndStopsPayment() {
        cart.add(entry(LATTE));
        cart.add(entry(CROISSANT));

        boolean changed = cart.reviewAgainst(Menus.version(2, LATTE, CROISSANT.withAvailable(false)));

        assertThat(changed).isTrue();
        assertThat(cart.lines().get(1).problem()).isEqualTo(LineProblem.SOLD_OUT);
        assertThat(cart.payable().get()).isFalse();
        cart.remove(1);
        assertThat(cart.payable().get()).isTrue();
    }

    @Test
    void aNewPriceIsShownMarkedUntilTheCustomerPaysWithIt() {
        cart.add(entry(CROISSANT));
        MenuItem dearer = new MenuItem(CROISSANT.id(), CROISSANT.categoryId(), CROISSANT.name(),
                CROISSANT.description(), 4500, List.of(), CROISSANT.image(), true, 30, List.of());

        cart.reviewAgainst(Menus.version(2, LATTE, dearer));

        assertThat(cart.lines().get(0).problem()).isEqualTo(LineProblem.PRICE_CHANGED);
        assertThat(cart.totalWon().get()).isEqualTo(4500);
        assertThat(cart.payable().get()).as("a new price may be paid knowingly").isTrue();
        cart.acceptPriceChanges();
        assertThat(cart.lines().get(0).problem()).isEqualTo(LineProblem.NONE);
        assertThat(cart.reviewAgainst(Menus.version(3, LATTE, dearer))).isFalse();
    }

    @Test
    void theServersProblemsMarkTheLinesItNames() {
        cart.add(entry(LATTE));
        cart.add(entry(CROISSANT));

        cart.markProblems(List.of(new CartProblem(0, "latte", "PRICE_CHANGED", 5100),
                new CartProblem(1, "croissant", "UNKNOWN_ITEM", 0), new CartProblem(7, "x", "SOLD_OUT", 0)));

        assertThat(cart.lines()).extracting(CartEntry::problem)
                .containsExactly(LineProblem.PRICE_CHANGED, LineProblem.NOT_ON_MENU);
        assertThat(cart.lines().get(0).unitPriceWon()).isEqualTo(5100);
    }

    @Test
    void anItemOffTheMenuIsMarked() {
        cart.add(entry(CROISSANT));
        cart.reviewAgainst(Menus.version(2, LATTE));
        assertThat(cart.lines().get(0).problem()).isEqualTo(LineProblem.NOT_ON_MENU);
    }

    private static CartEntry line(String itemId, int quantity, long unitPriceWon) {
        return new CartEntry(itemId, new LocalizedText(itemId, itemId), "", List.of(), quantity, unitPriceWon,
                LineProblem.NONE);
    }

    private CartEntry entry(MenuItem item) {
        return new ItemChoice(menu, item).toEntry();
    }
}
