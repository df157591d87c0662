package cafe.core.platform.messaging;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.Queue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A service's durable queue that an older version bound to another address (OrderPaid moved from the
 * order events to the service events) is bound again where the subscription now says, keeping what it
 * had not read yet: its messages wait in a holding queue while the queue is made again, then go to it.
 * Without this an upgraded store's queue would keep listening where nothing comes any more.
 */
final class QueueMove {

    private static final Logger log = LoggerFactory.getLogger(QueueMove.class);

    private final ActiveMQServer server;

    QueueMove(ActiveMQServer server) {
        this.server = server;
    }

    /** True when the queue existed on another address and was removed, its messages held aside. */
    boolean holdIfElsewhere(DurableSubscription subscription) throws Exception {
        Queue existing = server.locateQueue(subscription.queue());
        if (existing == null || existing.getAddress().toString().equals(subscription.address())) {
            return false;
        }
        SimpleString holding = holdingName(subscription);
        server.createQueue(QueueConfiguration.of(holding).setRoutingType(RoutingType.ANYCAST).setDurable(true), true);
        int held = existing.moveReferences(null, holding, null);
        server.destroyQueue(existing.getName(), null, false, true);
        log.warn("queue {} moves from {} to {}; {} unread messages held while it is made again",
                subscription.queue(), existing.getAddress(), subscription.address(), held);
        return true;
    }

    /** Gives the held messages to the queue, now on its new address, and removes the holding queue. */
    void release(DurableSubscription subscription) throws Exception {
        SimpleString holding = holdingName(subscription);
        Queue held = server.locateQueue(holding);
        int moved = held.moveReferences(null, SimpleString.of(subscription.address()),
                server.getPostOffice().getBinding(SimpleString.of(subscription.queue())));
        server.destroyQueue(holding, null, false, true);
        log.warn("queue {} is on {} with its {} unread messages", subscription.queue(),
                subscription.address(), moved);
    }

    private static SimpleString holdingName(DurableSubscription subscription) {
        return SimpleString.of(subscription.queue() + ".moving");
    }
}
