package cafe.core.deadletter.application;

import cafe.core.deadletter.domain.KeptLetter;

/** Where undelivered messages are kept for staff (the back office will show them). */
public interface DeadLetterBook {

    /**
     * True if this message, dead on this queue, is already kept (it arrived again after a restart).
     * One event published to several queues dies once on each, with the same broker id.
     */
    boolean has(String messageId, String originalQueue);

    void keep(KeptLetter letter);
}
