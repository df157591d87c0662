package cafe.core.platform.messaging;

import cafe.contract.wire.Selectors;
import java.util.List;
import java.util.Objects;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;

/**
 * A context's own durable queue on a multicast event address, optionally filtered on message
 * properties (e.g. {@code type IN ('OrderPaid','OrderCancelled')}). Declared when the context wires
 * itself, it keeps collecting events while the context is down. Its messages are grouped by order:
 * however many consumers read it, one order's events reach one of them, in the order written. A
 * queue whose messages for one order never wait together (a payment request is only followed by the
 * next attempt once it is settled) can go {@link #roundRobin()}, so no consumer waits behind another.
 */
public record DurableSubscription(String address, String queue, String filter, boolean groupedByOrder) {

    public DurableSubscription {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(queue, "queue");
    }

    public DurableSubscription(String address, String queue, String filter) {
        this(address, queue, filter, true);
    }

    public static DurableSubscription of(String address, String queue) {
        return new DurableSubscription(address, queue, null);
    }

    /** A queue that takes only the events of {@code types}: the broker keeps the others out of it. */
    public static DurableSubscription ofTypes(String address, String queue, List<String> types) {
        return new DurableSubscription(address, queue, Selectors.typeIs(types));
    }

    /** The same queue with its messages handed to whichever consumer is free. */
    public DurableSubscription roundRobin() {
        return new DurableSubscription(address, queue, filter, false);
    }

    /** The durable queue as the broker declares it. */
    QueueConfiguration queueConfiguration() {
        return QueueConfiguration.of(queue)
                .setAddress(address)
                .setRoutingType(RoutingType.MULTICAST)
                .setFilterString(filter)
                .setGroupBuckets(groupBuckets())
                .setDurable(true);
    }

    /** The message groups the broker hashes orders into: none for a round-robin queue. */
    int groupBuckets() {
        return groupedByOrder ? DeliveryPolicy.GROUP_BUCKETS : 0;
    }

    /** The fully qualified queue name a consumer opens: {@code address::queue}. */
    public String fullyQualifiedName() {
        return address + "::" + queue;
    }
}
