package cafe.core.menu;

import cafe.contract.menu.GetPicture;
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
import cafe.contract.wire.MessageTypes;
import cafe.core.menu.adapter.persistence.HibernateMenuStore;
import cafe.core.menu.adapter.persistence.HibernatePictureShelf;
import cafe.core.menu.adapter.seed.BundledMenu;
import cafe.core.menu.application.MenuService;
import cafe.core.platform.StoreContext;
import cafe.core.platform.StorePlatform;
import cafe.core.platform.messaging.RequestRoutes;

/**
 * The menu context: its database, GetMenu on the menu queries, SetAvailability on the menu commands,
 * and a manager's edits (each with a staff pass) on the menu manager commands.
 */
public final class MenuContext implements StoreContext {

    private final String bundledMenuResource;

    public MenuContext(String bundledMenuResource) {
        this.bundledMenuResource = bundledMenuResource;
    }

    @Override
    public void wire(StorePlatform platform) {
        var database = platform.database("menu", HibernateMenuStore.ENTITIES);
        var store = new HibernateMenuStore(database::session, platform.json(), platform.clock());
        var pictures = new HibernatePictureShelf(database::session, platform.clock());
        var menu = new MenuService(store, pictures, database.outbox(), database.transactions());
        menu.start(BundledMenu.load(bundledMenuResource, platform.json()));
        platform.serve(Addresses.MENU_QUERIES, database, new RequestRoutes()
                .ask(MessageTypes.GET_MENU, menu::current)
                .ask(MessageTypes.GET_PICTURE, GetPicture.class, menu::picture));
        platform.serve(Addresses.MENU_COMMANDS, database, new RequestRoutes()
                .on(MessageTypes.SET_AVAILABILITY, SetAvailability.class, menu::setAvailability));
        platform.serve(Addresses.MENU_MANAGER_COMMANDS, database, RequestRoutes.signedBy(platform.staffPasses())
                .onStaff(MessageTypes.SAVE_MENU_ITEM, SaveMenuItem.class, menu::saveItem)
                .onStaff(MessageTypes.RETIRE_MENU_ITEM, RetireMenuItem.class, menu::retireItem)
                .onStaff(MessageTypes.SAVE_CATEGORY, SaveCategory.class, menu::saveCategory)
                .onStaff(MessageTypes.RETIRE_CATEGORY, RetireCategory.class, menu::retireCategory)
                .onStaff(MessageTypes.REORDER_MENU, ReorderMenu.class, menu::reorder)
                .onStaff(MessageTypes.SAVE_OPTION_GROUP, SaveOptionGroup.class, menu::saveOptionGroup)
                .onStaff(MessageTypes.RETIRE_OPTION_GROUP, RetireOptionGroup.class, menu::retireOptionGroup)
                .onStaff(MessageTypes.SAVE_PICTURE, SavePicture.class, menu::savePicture));
    }
}
