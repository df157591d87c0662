package cafe.core.menu.application;

import cafe.contract.menu.GetPicture;
import cafe.contract.menu.Menu;
import cafe.contract.menu.MenuCategory;
import cafe.contract.menu.MenuEditProblem;
import cafe.contract.menu.MenuItem;
import cafe.contract.menu.MenuPicture;
import cafe.contract.menu.OptionGroup;
import cafe.contract.menu.PictureSaved;
import cafe.contract.menu.ReorderMenu;
import cafe.contract.menu.RetireCategory;
import cafe.contract.menu.RetireMenuItem;
import cafe.contract.menu.RetireOptionGroup;
import cafe.contract.menu.SaveCategory;
import cafe.contract.menu.SaveMenuItem;
import cafe.contract.menu.SaveOptionGroup;
import cafe.contract.menu.SavePicture;
import cafe.contract.menu.SetAvailability;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.ErrorCode;
import cafe.contract.wire.MessageTypes;
import cafe.core.menu.domain.AddedPicture;
import cafe.core.menu.domain.StoreMenu;
import cafe.core.shared.EventOutbox;
import cafe.core.shared.OutboundEvent;
import cafe.core.shared.Rejection;
import cafe.core.shared.Staff;
import cafe.core.shared.Transactions;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The menu's use cases: serve it, mark items sold out or back on, let a manager edit it, and tell
 * every kiosk, console and the ordering context whenever it changes (MenuChanged carries the whole
 * menu). Each version records who made it.
 */
public final class MenuService {

    private static final Logger log = LoggerFactory.getLogger(MenuService.class);
    /**
     * The bar's sold-out and back-on versions kept (each a whole menu, about 18 KB): weeks of a busy
     * store's 86ing, and a bound on the disk a terminal toggling an item for ever can take.
     */
    public static final int BAR_VERSIONS_KEPT = 500;
    private static final String BAR = "bar";

    private final MenuStore store;
    private final PictureShelf pictures;
    private final EventOutbox outbox;
    private final Transactions transactions;

    public MenuService(MenuStore store, PictureShelf pictures, EventOutbox outbox, Transactions transactions) {
        this.store = store;
        this.pictures = pictures;
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
                store.save(first, "bundled menu loaded", "store");
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
        boolean available = required(command.available(), "available");
        StoreMenu before = currentMenu();
        StoreMenu after = before.withAvailability(command.itemId(), available);
        if (after != before) {
            store.save(after, command.itemId() + (available ? " back on" : " sold out"), BAR);
            store.forgetOldest(BAR, BAR_VERSIONS_KEPT);
            publish(after);
            log.info("{} is {} (menu version {})", command.itemId(),
                    available ? "back on" : "sold out", after.version());
        }
        return after.menu();
    }

    public Menu saveItem(SaveMenuItem command, Staff staff) {
        MenuItem item = required(command.item(), "item");
        if (MenuItem.isAddedPicture(item.image()) && pictures.find(item.image()).isEmpty()) {
            throw new Rejection(ErrorCode.MENU_EDIT_REFUSED, "there is no added picture " + item.image(),
                    new MenuEditProblem("unknown-picture", "item.picture", null));
        }
        return edit(staff, "item " + item.id() + " saved at " + item.basePriceWon() + " won", menu -> menu.withItem(item));
    }

    public Menu retireItem(RetireMenuItem command, Staff staff) {
        String itemId = required(command.itemId(), "itemId");
        return edit(staff, "item " + itemId + " retired", menu -> menu.withoutItem(itemId));
    }

    public Menu saveCategory(SaveCategory command, Staff staff) {
        MenuCategory category = required(command.category(), "category");
        return edit(staff, "category " + category.id() + " saved", menu -> menu.withCategory(category));
    }

    public Menu retireCategory(RetireCategory command, Staff staff) {
        String categoryId = required(command.categoryId(), "categoryId");
        return edit(staff, "category " + categoryId + " retired", menu -> menu.withoutCategory(categoryId));
    }

    public Menu reorder(ReorderMenu command, Staff staff) {
        String categoryId = command.categoryId();
        return categoryId == null
                ? edit(staff, "categories reordered", menu -> menu.withCategoryOrder(command.ids()))
                : edit(staff, "items in " + categoryId + " reordered", menu -> menu.withItemOrder(categoryId, command.ids()));
    }

    public Menu saveOptionGroup(SaveOptionGroup command, Staff staff) {
        OptionGroup group = required(command.group(), "group");
        return edit(staff, "option group " + group.id() + " saved", menu -> menu.withOptionGroup(group));
    }

    public Menu retireOptionGroup(RetireOptionGroup command, Staff staff) {
        String groupId = required(command.groupId(), "groupId");
        return edit(staff, "option group " + groupId + " retired", menu -> menu.withoutOptionGroup(groupId));
    }

    /** Keeps a picture a manager added and answers the name items use for it. */
    public PictureSaved savePicture(SavePicture command, Staff staff) {
        AddedPicture picture = AddedPicture.of(command.bytes());
        pictures.keep(picture, staff.id());
        log.info("picture {} ({} bytes) added by {}", picture.image(), picture.bytes().length, staff);
        return new PictureSaved(picture.image());
    }

    public MenuPicture picture(GetPicture query) {
        String image = required(query.image(), "image");
        return pictures.find(image).map(found -> new MenuPicture(found.image(), found.bytes()))
                .orElseThrow(() -> new Rejection(ErrorCode.UNKNOWN_ITEM, "no added picture " + image));
    }

    /** A manager's change: a new version, recorded with who made it, and sent to every terminal. */
    private Menu edit(Staff staff, String change, UnaryOperator<StoreMenu> edit) {
        StoreMenu after = edit.apply(currentMenu());
        store.save(after, change, staff.id());
        publish(after);
        log.info("{} by {} (menu version {})", change, staff, after.version());
        return after.menu();
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new Rejection(ErrorCode.MISSING_FIELD, field + " is required");
        }
        return value;
    }

    private StoreMenu currentMenu() {
        return store.current().orElseThrow(
                () -> new Rejection(ErrorCode.MENU_UNAVAILABLE, "the menu is not loaded yet"));
    }

    private void publish(StoreMenu menu) {
        outbox.append(new OutboundEvent(Addresses.MENU_EVENTS, MessageTypes.MENU_CHANGED, null, menu.menu()));
    }
}
