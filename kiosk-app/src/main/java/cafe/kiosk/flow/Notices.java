package cafe.kiosk.flow;

import cafe.contract.wire.ErrorCode;
import cafe.kiosk.order.Cart;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.BooleanProperty;

/**
 * The banners that tell a customer what changed under them. They follow the cart itself: the menu
 * says "the menu has changed" while a line must be removed, the cart while any line is marked, so
 * the banner goes as soon as the line does. Only two things are remembered: the item the customer
 * was choosing sold out, and the store refused the cart (until the customer leaves the cart).
 */
public final class Notices {

    private final BooleanProperty itemSoldOut = new SimpleBooleanProperty();
    private final ObjectProperty<ErrorCode> refusal = new SimpleObjectProperty<>();
    private final StringBinding onMenu;
    private final StringBinding onCart;

    Notices(Cart cart) {
        onMenu = Bindings.createStringBinding(() -> itemSoldOut.get() ? "notice.item.soldout"
                : cart.mustChange().get() ? "notice.cart.changed" : null, itemSoldOut, cart.mustChange());
        onCart = Bindings.createStringBinding(() -> refusal.get() != null ? refusalKey(refusal.get())
                : cart.marked().get() ? "notice.cart.changed" : null, refusal, cart.marked());
    }

    /** A text key for the menu's banner, or null. */
    public StringBinding onMenu() {
        return onMenu;
    }

    /** A text key for the cart's banner, or null. */
    public StringBinding onCart() {
        return onCart;
    }

    void itemSoldOut(boolean soldOut) {
        itemSoldOut.set(soldOut);
    }

    void refused(ErrorCode code) {
        refusal.set(code);
    }

    void clear() {
        itemSoldOut.set(false);
        refusal.set(null);
    }

    private static String refusalKey(ErrorCode code) {
        return switch (code) {
            case MENU_CHANGED -> "notice.cart.review";
            case ITEM_SOLD_OUT -> "notice.cart.soldout";
            case ORDER_TOO_LARGE -> "notice.cart.tooLarge";
            default -> "notice.cart.unavailable";
        };
    }
}
