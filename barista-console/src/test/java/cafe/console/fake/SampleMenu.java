package cafe.console.fake;

import cafe.contract.LocalizedText;
import cafe.contract.barista.TicketLine;
import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuCategory;
import cafe.contract.menu.MenuItem;
import cafe.contract.menu.MenuOption;
import cafe.contract.menu.OptionGroup;
import java.util.ArrayList;
import java.util.List;

/** A small cafe menu and the drink lines tests put on tickets. */
public final class SampleMenu {

    public static final LocalizedText ICED = text("아이스", "Iced");
    public static final LocalizedText HOT = text("따뜻하게", "Hot");
    public static final LocalizedText LARGE = text("라지", "Large");
    public static final LocalizedText EXTRA_SHOT = text("샷 추가", "Extra shot");
    public static final LocalizedText OAT_MILK = text("오트 밀크", "Oat milk");
    public static final LocalizedText VANILLA = text("바닐라 시럽", "Vanilla syrup");
    public static final LocalizedText DECAF = text("디카페인", "Decaf");
    public static final LocalizedText LESS_ICE = text("얼음 적게", "Less ice");

    private static final String[][] ITEMS = {
        {"americano", "coffee", "아메리카노", "Americano"},
        {"latte", "coffee", "카페 라떼", "Caffè latte"},
        {"vanilla-latte", "coffee", "바닐라 라떼", "Vanilla latte"},
        {"cappuccino", "coffee", "카푸치노", "Cappuccino"},
        {"cold-brew", "coffee", "콜드 브루", "Cold brew"},
        {"flat-white", "coffee", "플랫 화이트", "Flat white"},
        {"matcha-latte", "non-coffee", "말차 라떼", "Matcha latte"},
        {"chocolate", "non-coffee", "초콜릿", "Hot chocolate"},
        {"grapefruit-ade", "non-coffee", "자몽 에이드", "Grapefruit ade"},
        {"earl-grey", "tea", "얼그레이", "Earl Grey"},
        {"citron-tea", "tea", "유자차", "Citron tea"},
        {"croissant", "dessert", "크루아상", "Croissant"},
    };

    private SampleMenu() {
    }

    public static LocalizedText text(String ko, String en) {
        return new LocalizedText(ko, en);
    }

    /** One drink line: {@code line(0, "latte", 2, ICED, OAT_MILK)}. */
    public static TicketLine line(int index, String itemId, int quantity, LocalizedText... options) {
        for (String[] item : ITEMS) {
            if (item[0].equals(itemId)) {
                return new TicketLine(index, itemId, text(item[2], item[3]), List.of(options), quantity, false);
            }
        }
        throw new IllegalArgumentException("no sample item " + itemId);
    }

    public static Menu menu() {
        List<MenuCategory> categories = List.of(
                new MenuCategory("coffee", text("커피", "Coffee"), 1),
                new MenuCategory("non-coffee", text("논커피", "Non-coffee"), 2),
                new MenuCategory("tea", text("티", "Tea"), 3),
                new MenuCategory("dessert", text("디저트", "Dessert"), 4));
        List<MenuItem> items = new ArrayList<>();
        for (String[] item : ITEMS) {
            items.add(new MenuItem(item[0], item[1], text(item[2], item[3]), text("", ""), 4500,
                    List.of("temperature"), item[0] + ".png", true, 90, List.of()));
        }
        OptionGroup temperature = new OptionGroup("temperature", text("온도", "Temperature"), 1, 1,
                List.of(new MenuOption("hot", HOT, 0, true), new MenuOption("iced", ICED, 0, false)));
        return new Menu(1, categories, items, List.of(temperature));
    }
}
