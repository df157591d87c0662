package cafe.core.platform.messaging;

import java.util.Objects;

/**
 * A context's own durable queue on a multicast event address, optionally filtered on message
 * properties (e.g. {@code type IN ('OrderPaid','OrderCancelled')}). Declared when the context wires
 * itself, it keeps collecting events while the context is down.
 */
public record DurableSubscription(String address, String queue, String filter) {

    public DurableSubscription {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(queue, "queue");
    }

    public static DurableSubscription of(String address, String queue) {
        return new DurableSubscription(address, queue, null);
    }

    /** The fully qualified queue name a consumer opens: {@code address::queue}. */
    public String fullyQualifiedName() {
        return address + "::" + queue;
    }
}
