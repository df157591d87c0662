package cafe.core.deadletter.adapter.messaging;

import cafe.core.deadletter.application.LetterCarrier;
import cafe.core.deadletter.domain.FiledLetter;
import cafe.core.deadletter.domain.UndeliveredMessage;
import cafe.core.platform.messaging.Letter;
import cafe.core.platform.messaging.LetterReturns;

/** Takes filed letters back to their queues through the platform's broker connection. */
public final class BrokerLetterCarrier implements LetterCarrier {

    private final LetterReturns returns;

    public BrokerLetterCarrier(LetterReturns returns) {
        this.returns = returns;
    }

    @Override
    public void sendBack(FiledLetter letter, String duplicateId) {
        UndeliveredMessage m = letter.kept().message();
        returns.sendBack(new Letter(m.messageId(), m.originalAddress(), m.originalQueue(), m.type(), m.eventId(),
                m.orderId(), m.body()), duplicateId);
    }
}
