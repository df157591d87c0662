package cafe.core.order.application;

import cafe.core.shared.Transactions;
import java.util.function.Supplier;

/** Runs the work at once: the in-memory fakes need no transaction. */
final class DirectTransactions implements Transactions {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
