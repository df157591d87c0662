package cafe.core.testing;

import cafe.core.shared.Transactions;
import java.util.function.Supplier;

/** Runs the work at once; counts transactions so a test can see what commits together. */
public class ImmediateTransactions implements Transactions {

    private int count;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        count++;
        return work.get();
    }

    public int count() {
        return count;
    }
}
