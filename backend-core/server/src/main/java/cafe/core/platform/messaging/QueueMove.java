package cafe.core.platform.messaging;

import java.time.Duration;
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

    private static final Duration ARRIVAL_LIMIT = Duration.ofSeconds(30);

    private final ActiveMQServer server;

    QueueMove(ActiveMQServer server) {
        this.server = server;
    }

    /** When the queue exists on another address, holds its messages aside and removes it. */
    void holdIfElsewhere(DurableSubscription subscription) throws Exception {
        Queue existing = server.locateQueue(subscription.queue());
        if (existing == null || existing.getAddress().toString().equals(subscription.address())) {
            return;
        }
        SimpleString holding = holdingName(subscription);
        server.createQueue(QueueConfiguration.of(holding).setRoutingType(RoutingType.ANYCAST).setDurable(true), true);
        int held = existing.moveReferences(null, holding, null);
        awaitArrival(server.locateQueue(holding), held);
        server.destroyQueue(existing.getName(), null, false, true);
        log.warn("queue {} moves from {} to {}; {} unread messages held while it is made again",
                subscription.queue(), existing.getAddress(), subscription.address(), held);
    }

    /**
     * Gives the held messages to the queue, now on its new address, and removes the holding queue; also
     * after a stop between holding and giving back, since the holding queue outlives it.
     */
    void release(DurableSubscription subscription) throws Exception {
        SimpleString holding = holdingName(subscription);
        Queue held = server.locateQueue(holding);
        if (held == null) {
            return;
        }
        Queue moved = server.locateQueue(subscription.queue());
        long before = moved.getMessageCount();
        int count = held.moveReferences(null, SimpleString.of(subscription.address()),
                server.getPostOffice().getBinding(SimpleString.of(subscription.queue())));
        awaitArrival(moved, before + count);
        server.destroyQueue(holding, null, false, true);
        log.warn("queue {} is on {} with its {} unread messages", subscription.queue(),
                subscription.address(), count);
    }

    /**
     * A move commits before the moved messages reach their new queue (Artemis adds them after the
     * journal confirms), so the queue they leave is only destroyed once they are all there.
     */
    private static void awaitArrival(Queue queue, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + ARRIVAL_LIMIT.toNanos();
        while (queue.getMessageCount() < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("queue " + queue.getName() + " holds " + queue.getMessageCount()
                        + " of the " + expected + " messages moved to it");
            }
            Thread.sleep(10);
        }
    }

    private static SimpleString holdingName(DurableSubscription subscription) {
        return SimpleString.of(subscription.queue() + ".moving");
    }
}
