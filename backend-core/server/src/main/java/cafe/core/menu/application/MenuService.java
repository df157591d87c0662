package cafe.core.menu.application;

import cafe.contract.menu.Menu;
import cafe.contract.menu.SetAvailability;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.ErrorCode;
import cafe.contract.wire.MessageTypes;
import cafe.core.menu.domain.StoreMenu;
import cafe.core.shared.EventOutbox;
import cafe.core.shared.OutboundEvent;
import cafe.core.shared.Rejection;
import cafe.core.shared.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The menu's use cases: serve it, mark items sold out or back on, and tell every kiosk, console
 * and the ordering context whenever it changes (MenuChanged carries the whole menu).
 */
public final class MenuService {

    private static final Logger log = LoggerFactory.getLogger(MenuService.class);

    private final MenuStore store;
    private final EventOutbox outbox;
    private final Transactions transactions;

    public MenuService(MenuStore store, EventOutbox outbox, Transactions transactions) {
        this.store = store;
        this.outbox = outbox;
        this.transactions = transactions;
    }

    /**
     * On start: stores the bundled menu if the store has none yet, then publishes the current menu
     * so every replica is fresh even if it missed a change while down.
     */
    public void start(Menu bundled) {
        transactions.run(() -> {
            StoreMenu menu = store.current().orElseGet(() -> {
                StoreMenu first = new StoreMenu(bundled);
                store.save(first, "bundled menu loaded");
                log.info("bundled menu loaded: {} items, version {}", bundled.items().size(), bundled.version());
                return first;
            });
            publish(menu);
        });
    }

    public Menu current() {
        return currentMenu().menu();
    }

    public Menu setAvailability(SetAvailability command) {
        if (command.itemId() == null || command.itemId().isBlank()) {
            throw new Rejection(ErrorCode.MISSING_FIELD, "itemId is required");
        }
        StoreMenu before = currentMenu();
        StoreMenu after = before.withAvailability(command.itemId(), command.available());
        if (after != before) {
            store.save(after, command.itemId() + (command.available() ? " back on" : " sold out"));
            publish(after);
            log.info("{} is {} (menu version {})", command.itemId(),
                    command.available() ? "back on" : "sold out", after.version());
        }
        return after.menu();
    }

    private StoreMenu currentMenu() {
        return store.current().orElseThrow(
                () -> new Rejection(ErrorCode.MENU_UNAVAILABLE, "the menu is not loaded yet"));
    }

    private void publish(StoreMenu menu) {
        outbox.append(new OutboundEvent(Addresses.MENU_EVENTS, MessageTypes.MENU_CHANGED, null, menu.menu()));
    }
}
