package cafe.client;

/** What a terminal shows about its link to the StoreServer. */
public enum ConnectionState {
    /** First attempt under way. */
    CONNECTING,
    /** Requests and events flow: every event feed asked for before it came is open. */
    CONNECTED,
    /** The link was lost; the client retries by itself with back-off. */
    RECONNECTING,
    /** Closed by the application. */
    CLOSED
}
