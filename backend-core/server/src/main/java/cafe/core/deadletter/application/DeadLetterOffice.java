package cafe.core.deadletter.application;

import cafe.contract.wire.MessageTypes;
import cafe.core.deadletter.domain.KeptLetter;
import cafe.core.deadletter.domain.UndeliveredMessage;
import cafe.core.deadletter.domain.UndeliveredMessage.Fate;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure no undelivered message ends in silence. One whose original queue has a compensating
 * step (a dead payment request: payment declines it as UNAVAILABLE) is logged and kept as handled;
 * any other is logged as an error with its order and kept for staff. Bodies that may carry a card
 * token (those of card-bearing or untyped messages) are never kept, nor those of handled messages.
 */
public final class DeadLetterOffice {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterOffice.class);
    private static final Set<String> CARD_BEARING_TYPES = Set.of("PaymentRequested", MessageTypes.PLACE_ORDER,
            MessageTypes.RETRY_PAYMENT);

    private final DeadLetterBook book;
    private final Clock clock;
    private final Map<Fate, Map<String, String>> compensations;

    /** {@code compensations}: by fate, original queue -> the step that makes up for such a message. */
    public DeadLetterOffice(DeadLetterBook book, Clock clock, Map<Fate, Map<String, String>> compensations) {
        this.book = book;
        this.clock = clock;
        this.compensations = Map.copyOf(compensations);
    }

    public void received(UndeliveredMessage message) {
        if (message.messageId() != null && book.has(message.messageId(), message.originalQueue())) {
            return;
        }
        String step = compensations.getOrDefault(message.fate(), Map.of()).get(message.originalQueue());
        if (step != null) {
            log.warn("{} {} for order {} on {} is {}; {}", message.type(), message.eventId(), message.orderId(),
                    message.originalQueue(), describe(message.fate()), step);
            book.keep(new KeptLetter(message.withoutBody(), clock.instant(), step));
            return;
        }
        log.error("{} {} for order {} on {} is {} and nothing makes up for it: kept for staff", message.type(),
                message.eventId(), message.orderId(), message.originalQueue(), describe(message.fate()));
        boolean mayBearCard = message.type() == null || CARD_BEARING_TYPES.contains(message.type());
        book.keep(new KeptLetter(mayBearCard ? message.withoutBody() : message, clock.instant(), null));
    }

    private static String describe(Fate fate) {
        return fate == Fate.DEAD ? "dead after three failed deliveries" : "expired before anyone took it";
    }
}
