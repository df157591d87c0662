package cafe.core.menu;

import cafe.contract.menu.SetAvailability;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.core.menu.adapter.persistence.HibernateMenuStore;
import cafe.core.menu.adapter.seed.BundledMenu;
import cafe.core.menu.application.MenuService;
import cafe.core.platform.StoreContext;
import cafe.core.platform.StorePlatform;
import cafe.core.platform.messaging.RequestRoutes;

/** The menu context: its database, GetMenu on the menu queries, SetAvailability on the menu commands. */
public final class MenuContext implements StoreContext {

    private final String bundledMenuResource;

    public MenuContext(String bundledMenuResource) {
        this.bundledMenuResource = bundledMenuResource;
    }

    @Override
    public void wire(StorePlatform platform) {
        var database = platform.database("menu", HibernateMenuStore.ENTITIES);
        var store = new HibernateMenuStore(database::session, platform.json(), platform.clock());
        var menu = new MenuService(store, database.outbox(), database.transactions());
        menu.start(BundledMenu.load(bundledMenuResource, platform.json()));
        platform.serve(Addresses.MENU_QUERIES, database, new RequestRoutes()
                .on(MessageTypes.GET_MENU, menu::current));
        platform.serve(Addresses.MENU_COMMANDS, database, new RequestRoutes()
                .on(MessageTypes.SET_AVAILABILITY, SetAvailability.class, menu::setAvailability));
    }
}
