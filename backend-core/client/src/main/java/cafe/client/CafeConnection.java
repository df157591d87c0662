package cafe.client;

/**
 * One terminal's link to the StoreServer. It connects in the background, reconnects by itself
 * with back-off after any loss, and re-creates every event subscription when it is back. Screens
 * should reload their full state whenever the state becomes CONNECTED again.
 */
public interface CafeConnection extends AutoCloseable {

    /**
     * Starts connecting in the background, if it has not yet; returns at once. A terminal subscribes
     * its screens' events before it starts (see {@code CafeClients.prepare}).
     */
    void start();

    ConnectionState state();

    /**
     * Calls the listener now with the current state and then on every change. CONNECTED comes once
     * every event feed asked for so far is open (a feed the broker refuses keeps the terminal
     * CONNECTING or RECONNECTING), and once more when a feed asked for later, and refused at first,
     * opens: a screen that reads its state on each CONNECTED then misses nothing.
     */
    Subscription onStateChange(java.util.function.Consumer<ConnectionState> listener);

    KioskClient kiosk();

    BaristaClient barista();

    BoardClient board();

    ManagerClient manager();

    @Override
    void close();
}
