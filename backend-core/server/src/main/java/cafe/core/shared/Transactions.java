package cafe.core.shared;

import java.util.function.Supplier;

/**
 * One database transaction of the calling context. Everything a use case stores, the events it
 * appends to the outbox and the inbound event it marks as processed commit together or not at all.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
