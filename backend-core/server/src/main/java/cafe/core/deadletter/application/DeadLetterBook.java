package cafe.core.deadletter.application;

import cafe.core.deadletter.domain.FiledLetter;
import cafe.core.deadletter.domain.KeptLetter;
import cafe.core.deadletter.domain.Resolution;
import java.util.List;
import java.util.Optional;

/** Where undelivered messages are kept for staff, who see them and resolve them in the back office. */
public interface DeadLetterBook {

    /**
     * True if this message, dead on this queue, is already kept (it arrived again after a restart).
     * One event published to several queues dies once on each, with the same broker id.
     */
    boolean has(String messageId, String originalQueue);

    void keep(KeptLetter letter);

    Optional<FiledLetter> find(long id);

    /** Up to {@code limit} letters: those waiting for staff first, then the newest. */
    List<FiledLetter> filed(int limit);

    void resolve(long id, Resolution resolution);
}
