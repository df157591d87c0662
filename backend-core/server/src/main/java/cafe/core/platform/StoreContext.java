package cafe.core.platform;

/**
 * A bounded context of the StoreServer (menu, ordering, payment, bar, notification). It wires
 * itself: opens its database, serves its queues and subscribes to the events it needs.
 */
public interface StoreContext {

    void wire(StorePlatform platform);
}
