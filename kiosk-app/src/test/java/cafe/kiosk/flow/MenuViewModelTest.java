package cafe.kiosk.flow;

import static cafe.kiosk.testing.Menus.AMERICANO;
import static cafe.kiosk.testing.Menus.CROISSANT;
import static cafe.kiosk.testing.Menus.LATTE;
import static org.assertj.core.api.Assertions.assertThat;

import cafe.client.ConnectionState;
import cafe.kiosk.testing.Menus;
import cafe.kiosk.testing.OpenKiosk;
import org.junit.jupiter.api.Test;

class MenuViewModelTest {

    private final OpenKiosk open = OpenKiosk.open().atTheMenu();
    private final MenuViewModel menu = open.kiosk.menuScreen();

    @Test
    void aMenuLoadedFromAStoreRestoredFromABackupReplacesTheNewerOneShown() {
        open.store.publish(Menus.version(5, LATTE.withAvailable(false), CROISSANT));
        open.store.menu = Menus.version(2, LATTE, CROISSANT);

        open.link.set(ConnectionState.RECONNECTING);
        open.link.set(ConnectionState.CONNECTED);

        assertThat(menu.tiles().getValue()).extracting(MenuViewModel.Tile::soldOut).containsOnly(false);
    }

    @Test
    void aMenuLoadedWithTheNumberOfTheOneShownButOtherItemsReplacesIt() {
        open.store.publish(Menus.version(5, LATTE.withAvailable(false), CROISSANT));
        open.store.menu = Menus.version(5, LATTE, CROISSANT); // a restored store that counted up to 5 again

        open.link.set(ConnectionState.RECONNECTING);
        open.link.set(ConnectionState.CONNECTED);

        assertThat(menu.tiles().getValue()).extracting(MenuViewModel.Tile::soldOut).containsOnly(false);
    }

    @Test
    void theFirstCategoryIsChosenAndAnotherShowsItsItems() {
        assertThat(menu.tabs().getValue()).extracting(MenuViewModel.Tab::name, MenuViewModel.Tab::chosen)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("커피", true),
                        org.assertj.core.groups.Tuple.tuple("베이커리", false));
        assertThat(menu.tiles().getValue()).extracting(MenuViewModel.Tile::name, MenuViewModel.Tile::price)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("카페 라떼", "5,000원"),
                        org.assertj.core.groups.Tuple.tuple("아메리카노", "4,500원"));

        menu.choose("bakery");

        assertThat(menu.tiles().getValue()).extracting(MenuViewModel.Tile::name).containsExactly("크루아상");
        assertThat(menu.tabs().getValue()).extracting(MenuViewModel.Tab::chosen).containsExactly(false, true);
    }

    @Test
    void anItemSoldOutAtTheBarGreysOutAndCannotBeOpened() {
        menu.choose("bakery");
        open.store.publish(Menus.version(2, LATTE, CROISSANT.withAvailable(false)));

        assertThat(menu.tiles().getValue()).singleElement().satisfies(tile -> assertThat(tile.soldOut()).isTrue());
        menu.open(CROISSANT.withAvailable(false));
        assertThat(open.kiosk.itemDialog().open().get()).isFalse();
    }

    @Test
    void theCartBarCountsWhatIsInTheCart() {
        assertThat(menu.cartSummary().get()).isEqualTo("장바구니가 비어 있습니다");
        assertThat(menu.cartEmpty().get()).isTrue();

        open.add(LATTE).add(LATTE).add(CROISSANT);

        assertThat(menu.cartSummary().get()).isEqualTo("담은 메뉴 3개 · 14,200원");
        assertThat(menu.cartButton().get()).isEqualTo("장바구니 (3)");
        menu.showCart();
        assertThat(open.kiosk.screenProperty().get()).isEqualTo(Screen.CART);
    }

    @Test
    void theMenuHasChangedBannerGoesWithTheLineThatHadToGo() {
        open.add(AMERICANO).add(CROISSANT);
        open.store.publish(Menus.version(2, LATTE, AMERICANO.withAvailable(false), CROISSANT));
        assertThat(menu.notice().get()).isEqualTo("메뉴가 바뀌었습니다. 표시된 항목을 확인해 주세요.");

        menu.showCart();
        open.kiosk.cartScreen().remove(0);
        open.kiosk.cartScreen().addMore();

        assertThat(open.kiosk.screenProperty().get()).isEqualTo(Screen.MENU);
        assertThat(menu.notice().get()).isNull();
        open.add(LATTE);
        assertThat(menu.notice().get()).isNull();
    }

    @Test
    void anItemThatSellsOutWhileBeingChosenClosesAndSaysSo() {
        menu.open(LATTE);
        open.store.publish(Menus.version(2, LATTE.withAvailable(false), CROISSANT));

        assertThat(open.kiosk.itemDialog().open().get()).isFalse();
        assertThat(menu.notice().get()).isEqualTo("방금 고르신 메뉴가 품절되었습니다. 다른 메뉴를 골라 주세요.");
        menu.open(CROISSANT);
        assertThat(menu.notice().get()).isNull();
    }

    @Test
    void startingOverEmptiesTheCartAndGoesBackToTheStart() {
        open.add(CROISSANT);
        menu.choose("bakery");

        menu.startOver();

        assertThat(open.kiosk.screenProperty().get()).isEqualTo(Screen.START);
        assertThat(open.kiosk.cart().isEmpty()).isTrue();
        assertThat(menu.categoryProperty().get()).isEqualTo("coffee");
    }
}
