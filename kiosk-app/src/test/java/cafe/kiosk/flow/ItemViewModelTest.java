package cafe.kiosk.flow;

import static cafe.kiosk.testing.Menus.AMERICANO;
import static cafe.kiosk.testing.Menus.CROISSANT;
import static cafe.kiosk.testing.Menus.LATTE;
import static org.assertj.core.api.Assertions.assertThat;

import cafe.contract.menu.MenuItem;
import cafe.kiosk.flow.ItemViewModel.Option;
import cafe.kiosk.order.CartEntry;
import cafe.kiosk.order.LineProblem;
import cafe.kiosk.testing.Menus;
import cafe.kiosk.testing.OpenKiosk;
import org.junit.jupiter.api.Test;

class ItemViewModelTest {

    private final OpenKiosk open = OpenKiosk.open().atTheMenu();
    private final ItemViewModel item = open.kiosk.itemDialog();

    @Test
    void showsEachGroupWithItsLimitsAndEachOptionWithItsPrice() {
        open.kiosk.menuScreen().open(LATTE);

        assertThat(item.open().get()).isTrue();
        assertThat(item.name().get()).isEqualTo("카페 라떼");
        assertThat(item.groups().get()).extracting(ItemViewModel.Group::title)
                .containsExactly("사이즈  ·  1개 선택", "우유  ·  1개 선택", "시럽  ·  최대 2개");
        assertThat(item.groups().get().get(0).options()).extracting(Option::label).containsExactly("레귤러", "라지\n+500원");
        assertThat(item.addText().get()).isEqualTo("장바구니에 담기 · 5,000원");
    }

    @Test
    void theButtonsShowThePicksAndTheAddButtonThePriceOfTheLine() {
        open.kiosk.menuScreen().open(LATTE);
        Option large = option(0, 1);
        Option oat = option(1, 1);

        item.toggle(large);
        item.toggle(oat);
        item.toggle(oat);
        item.more();

        assertThat(item.picked(large).getValue()).isTrue();
        assertThat(item.picked(option(0, 0)).getValue()).isFalse();
        assertThat(item.picked(oat).getValue()).as("a one-of group cannot be emptied").isTrue();
        assertThat(item.quantity().getValue()).isEqualTo("2");
        assertThat(item.addText().get()).isEqualTo("장바구니에 담기 · 12,200원");
    }

    @Test
    void moreOfAnItemThanAnOrderTakesIsNotAddedAndTheDialogSaysWhyAndStaysOpen() {
        open.kiosk.menuScreen().open(CROISSANT);
        for (int i = 1; i < 15; i++) {
            item.more();
        }
        item.add();
        open.kiosk.menuScreen().open(CROISSANT);
        for (int i = 1; i < 10; i++) {
            item.more();
        }

        assertThat(item.canAdd().getValue()).isFalse();
        assertThat(item.limit().get()).isEqualTo("키오스크에서는 한 메뉴를 최대 20개까지 주문할 수 있습니다."
                + " 장바구니에 이미 15개가 있습니다. 더 필요하시면 카운터에서 주문해 주세요.");
        item.add();
        assertThat(item.open().get()).isTrue();
        assertThat(open.kiosk.cart().lines()).singleElement().extracting(CartEntry::quantity).isEqualTo(15);
        for (int i = 0; i < 5; i++) {
            item.less();
        }
        assertThat(item.limit().get()).isNull();
        item.add();
        assertThat(open.kiosk.cart().lines()).singleElement().extracting(CartEntry::quantity).isEqualTo(20);
    }

    @Test
    void thePictureFollowsTheTemperaturePicked() {
        open.kiosk.menuScreen().open(AMERICANO);
        assertThat(item.picture().getValue()).isEqualTo("/cafe/contract/menu/images/americano.png");

        item.toggle(option(0, 1));
        assertThat(item.picture().getValue()).as("ICED").isEqualTo("/cafe/contract/menu/images/americano-temp-iced.png");
        item.add();
        assertThat(open.kiosk.cart().lines()).singleElement().extracting(CartEntry::imageResource)
                .as("the cart line shows the iced one too").isEqualTo("/cafe/contract/menu/images/americano-temp-iced.png");

        open.kiosk.menuScreen().open(AMERICANO);
        item.toggle(option(0, 1));
        item.toggle(option(0, 0));
        assertThat(item.picture().getValue()).as("HOT again").isEqualTo("/cafe/contract/menu/images/americano.png");
    }

    @Test
    void addingPutsTheLineInTheCartAndCloses() {
        open.kiosk.menuScreen().open(LATTE);
        item.toggle(option(0, 1));

        item.add();

        assertThat(item.open().get()).isFalse();
        assertThat(open.kiosk.cart().lines()).singleElement()
                .satisfies(line -> assertThat(line.optionIds()).containsExactly("size-large", "milk-whole"));
    }

    @Test
    void aPriceChangedWhileBeingChosenShowsOnTheAddButtonAndGoesIntoTheCartWithThePicksKept() {
        open.kiosk.menuScreen().open(LATTE);
        item.toggle(option(0, 1));
        item.more();
        MenuItem dearer = new MenuItem("latte", "coffee", LATTE.name(), LATTE.description(), 5500,
                LATTE.optionGroupIds(), LATTE.image(), true, LATTE.prepSeconds(), LATTE.suggestedItemIds());

        open.store.publish(Menus.version(2, dearer, CROISSANT));

        assertThat(item.open().get()).isTrue();
        assertThat(item.picked(option(0, 1)).getValue()).as("still large").isTrue();
        assertThat(item.quantity().getValue()).isEqualTo("2");
        assertThat(item.addText().get()).isEqualTo("장바구니에 담기 · 12,000원");
        item.add();
        assertThat(open.kiosk.cart().lines()).singleElement().satisfies(line -> {
            assertThat(line.unitPriceWon()).isEqualTo(6000);
            assertThat(line.problem()).isEqualTo(LineProblem.NONE);
        });
    }

    @Test
    void aSuggestionIsAddedWithOneTapAndShowsItIsInTheCart() {
        open.kiosk.menuScreen().open(LATTE);
        assertThat(item.suggestions().get()).singleElement().satisfies(suggestion -> {
            assertThat(suggestion.name()).isEqualTo("크루아상");
            assertThat(suggestion.price()).isEqualTo("+ 4,200원");
            assertThat(suggestion.added()).isFalse();
        });

        item.addSuggestion(CROISSANT);

        assertThat(item.suggestions().get()).singleElement().satisfies(s -> assertThat(s.added()).isTrue());
        assertThat(item.open().get()).as("the latte is still being chosen").isTrue();
        assertThat(open.kiosk.cart().lines()).extracting(line -> line.itemId()).containsExactly("croissant");
    }

    @Test
    void aSuggestionThatDoesNotFitSaysWhyInTheDialog() {
        suggestACroissantToACartFullOfThem();

        assertThat(item.limit().get()).isEqualTo("키오스크에서는 한 메뉴를 최대 20개까지 주문할 수 있습니다."
                + " 장바구니에 이미 20개가 있습니다. 더 필요하시면 카운터에서 주문해 주세요.");
        assertThat(open.kiosk.cart().lines()).singleElement().extracting(CartEntry::quantity).isEqualTo(20);
        item.close();
        open.kiosk.menuScreen().open(LATTE);
        assertThat(item.limit().get()).as("said until the dialog closes").isNull();
    }

    @Test
    void whyASuggestionDidNotFitFollowsTheLanguageTheCustomerSwitchesTo() {
        suggestACroissantToACartFullOfThem();

        open.kiosk.frame().toggleLanguage();

        assertThat(item.limit().get()).isEqualTo("A kiosk order takes at most 20 of one item, and 20 are in your"
                + " cart already. For more, please order at the counter.");
    }

    /** Twenty croissants in the cart, then a latte's dialog, whose suggested croissant cannot go in. */
    private void suggestACroissantToACartFullOfThem() {
        open.kiosk.menuScreen().open(CROISSANT);
        for (int i = 1; i < 20; i++) {
            item.more();
        }
        item.add();
        open.kiosk.menuScreen().open(LATTE);
        item.addSuggestion(CROISSANT);
    }

    private Option option(int group, int index) {
        return item.groups().get().get(group).options().get(index);
    }
}
