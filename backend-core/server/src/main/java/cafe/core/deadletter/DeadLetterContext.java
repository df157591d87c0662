package cafe.core.deadletter;

import cafe.contract.desk.ResolveFailedMessage;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.core.deadletter.adapter.messaging.BrokerLetterCarrier;
import cafe.core.deadletter.adapter.persistence.HibernateDeadLetterBook;
import cafe.core.deadletter.application.DeadLetterDesk;
import cafe.core.deadletter.application.DeadLetterOffice;
import cafe.core.deadletter.domain.UndeliveredMessage;
import cafe.core.deadletter.domain.UndeliveredMessage.Fate;
import cafe.core.platform.StoreContext;
import cafe.core.platform.StorePlatform;
import cafe.core.platform.messaging.DeliveryPolicy;
import cafe.core.platform.messaging.Letter;
import cafe.core.platform.messaging.RequestRoutes;
import cafe.core.platform.messaging.Topology;
import java.util.Map;

/**
 * The dead-letter office: every message the broker gave up on, dead or expired, is logged and kept
 * in {@code deadletters.db}, as handled when a compensating step makes up for it (payment's, for
 * payment requests), otherwise for staff, who retry or discard it from the back office.
 */
public final class DeadLetterContext implements StoreContext {

    public static final String DATABASE = "deadletters";

    @Override
    public void wire(StorePlatform platform) {
        var database = platform.database(DATABASE, HibernateDeadLetterBook.ENTITIES);
        var book = new HibernateDeadLetterBook(database::session);
        var office = new DeadLetterOffice(book, platform.clock(), Map.of(
                Fate.DEAD, Map.of(Topology.PAYMENT_REQUESTS.queue(), "payment declines the attempt as UNAVAILABLE ("
                        + Topology.PAYMENT_DEAD_REQUESTS.queue() + ")"),
                Fate.EXPIRED, Map.of(Topology.PAYMENT_REQUESTS.queue(), "payment declines the attempt as EXPIRED ("
                        + Topology.PAYMENT_EXPIRED_REQUESTS.queue() + ")")));
        platform.receiveLetters(Topology.DEAD_LETTERS, database, letter -> office.received(message(Fate.DEAD, letter)));
        platform.receiveLetters(Topology.EXPIRED, database, letter -> office.received(message(Fate.EXPIRED, letter)));
        var desk = new DeadLetterDesk(book, new BrokerLetterCarrier(platform.letterReturns()), database.transactions(),
                platform.clock());
        platform.serve(Addresses.DEAD_LETTER_MANAGER_COMMANDS, database, RequestRoutes.signedBy(platform.staffPasses())
                .askStaff(MessageTypes.LIST_FAILED_MESSAGES, Object.class, desk::list)
                .onStaff(MessageTypes.RETRY_FAILED_MESSAGE, ResolveFailedMessage.class, desk::retry)
                .onStaff(MessageTypes.DISCARD_FAILED_MESSAGE, ResolveFailedMessage.class, desk::discard));
    }

    private static UndeliveredMessage message(Fate fate, Letter letter) {
        return new UndeliveredMessage(fate, letter.messageId(), letter.originalAddress(), letter.originalQueue(),
                letter.type(), letter.eventId(), letter.orderId(), letter.body(),
                fate == Fate.DEAD ? DeliveryPolicy.DELIVERY_ATTEMPTS : null);
    }
}
