package cafe.core.deadletter.application;

import cafe.core.deadletter.domain.FiledLetter;

/** Takes a filed letter back to the queue it failed on. */
public interface LetterCarrier {

    /**
     * Returns once the broker stored the letter on its queue (or throws). A second send with the same
     * {@code duplicateId} is dropped by the broker, and the letter keeps its eventId, so the service
     * applies it at most once however often it is sent.
     */
    void sendBack(FiledLetter letter, String duplicateId);
}
