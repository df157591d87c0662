package cafe.kiosk.testing;

import cafe.contract.LocalizedText;
import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuCategory;
import cafe.contract.menu.MenuItem;
import cafe.contract.menu.MenuOption;
import cafe.contract.menu.OptionGroup;
import java.util.List;

/** A small menu for tests without a server: a latte with size, milk and syrup; an americano hot or iced; a croissant. */
public final class Menus {

    public static final OptionGroup SIZE = new OptionGroup("size", text("사이즈", "Size"), 1, 1, List.of(
            new MenuOption("size-regular", text("레귤러", "Regular"), 0, true),
            new MenuOption("size-large", text("라지", "Large"), 500, false)));
    public static final OptionGroup MILK = new OptionGroup("milk", text("우유", "Milk"), 1, 1, List.of(
            new MenuOption("milk-whole", text("일반 우유", "Whole milk"), 0, true),
            new MenuOption("milk-oat", text("오트 밀크", "Oat milk"), 600, false)));
    public static final OptionGroup SYRUP = new OptionGroup("syrup", text("시럽", "Syrup"), 0, 2, List.of(
            new MenuOption("syrup-vanilla", text("바닐라", "Vanilla"), 500, false),
            new MenuOption("syrup-caramel", text("카라멜", "Caramel"), 500, false),
            new MenuOption("syrup-hazelnut", text("헤이즐넛", "Hazelnut"), 500, false)));
    public static final OptionGroup TEMPERATURE = new OptionGroup("temperature", text("온도", "Temperature"), 1, 1,
            List.of(new MenuOption("temp-hot", text("HOT", "Hot"), 0, true),
                    new MenuOption("temp-iced", text("ICED", "Iced"), 0, false)));
    public static final MenuItem AMERICANO = new MenuItem("americano", "coffee", text("아메리카노", "Americano"),
            text("", ""), 4500, List.of("temperature"), "americano.png", true, 60, List.of());
    public static final MenuItem LATTE = new MenuItem("latte", "coffee", text("카페 라떼", "Caffè Latte"),
            text("", ""), 5000, List.of("size", "milk", "syrup"), "cafe-latte.png", true, 120, List.of("croissant"));
    public static final MenuItem CROISSANT = new MenuItem("croissant", "bakery", text("크루아상", "Croissant"),
            text("", ""), 4200, List.of(), "butter-croissant.png", true, 30, List.of());

    private Menus() {
    }

    public static Menu version(long version, MenuItem... items) {
        return new Menu(version, List.of(new MenuCategory("coffee", text("커피", "Coffee"), 1),
                new MenuCategory("bakery", text("베이커리", "Bakery"), 2)), List.of(items), List.of(SIZE, MILK, SYRUP, TEMPERATURE));
    }

    public static Menu standard() {
        return version(1, LATTE, AMERICANO, CROISSANT);
    }

    private static LocalizedText text(String ko, String en) {
        return new LocalizedText(ko, en);
    }
}
