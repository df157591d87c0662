/**
 * The Java API the terminals use to talk to the StoreServer over the broker. Every call returns a
 * {@link java.util.concurrent.CompletableFuture} that completes on a client thread (never the
 * caller's), fails with {@link cafe.client.CafeException} on an error reply, a time-out or a lost
 * connection. Event listeners are also called on client threads; screens hop to their UI thread.
 */
package cafe.client;
