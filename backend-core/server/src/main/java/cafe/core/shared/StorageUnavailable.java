package cafe.core.shared;

import cafe.contract.wire.ErrorCode;

/**
 * A context's database cannot take writes right now (its disk is full or failing, or its database
 * server is away). Nothing of the transaction was stored; the same request may succeed once the
 * database takes writes again. A caller waiting on a reply is told {@link ErrorCode#STORE_UNAVAILABLE}.
 */
public class StorageUnavailable extends Rejection {

    public StorageUnavailable(String context, Throwable cause) {
        super(ErrorCode.STORE_UNAVAILABLE, "The store cannot save anything right now (" + context
                + " database: " + rootMessage(cause) + "); nothing was stored, please try again later");
        initCause(cause);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
