package cafe.client.jms;

import cafe.client.Subscription;
import cafe.contract.menu.GetPicture;
import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuPicture;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Selectors;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Reading and following the menu and its added pictures, which kiosks and consoles do alike. */
final class MenuCalls {

    private final Requests requests;
    private final EventFeeds feeds;

    MenuCalls(Requests requests, EventFeeds feeds) {
        this.requests = requests;
        this.feeds = feeds;
    }

    CompletableFuture<Menu> menu() {
        return requests.query(Addresses.MENU_QUERIES, MessageTypes.GET_MENU, Menu.class);
    }

    /** A picture a manager added, by its name. */
    CompletableFuture<MenuPicture> picture(String image) {
        return requests.send(Addresses.MENU_QUERIES, MessageTypes.GET_PICTURE, new GetPicture(image), MenuPicture.class);
    }

    Subscription onMenuChanged(Consumer<Menu> listener) {
        return feeds.subscribe(Addresses.MENU_EVENTS, Selectors.typeIs(MessageTypes.MENU_CHANGED), Menu.class,
                listener);
    }
}
