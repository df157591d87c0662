package cafe.core.deadletter.adapter.persistence;

import cafe.core.deadletter.application.DeadLetterBook;
import cafe.core.deadletter.domain.KeptLetter;
import cafe.core.deadletter.domain.UndeliveredMessage;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.Session;

/** Kept letters in {@code dead_letter}; the entity never leaves this package. */
public final class HibernateDeadLetterBook implements DeadLetterBook {

    public static final List<Class<?>> ENTITIES = List.of(DeadLetterEntity.class);

    private final Supplier<Session> session;

    public HibernateDeadLetterBook(Supplier<Session> session) {
        this.session = session;
    }

    @Override
    public boolean has(String messageId, String originalQueue) {
        return session.get().createSelectionQuery("select count(*) from DeadLetterEntity"
                        + " where messageId = :id and originalQueue = :queue", Long.class)
                .setParameter("id", messageId).setParameter("queue", originalQueue).getSingleResult() > 0;
    }

    @Override
    public void keep(KeptLetter letter) {
        UndeliveredMessage message = letter.message();
        DeadLetterEntity entity = new DeadLetterEntity();
        entity.messageId = message.messageId();
        entity.fate = message.fate();
        entity.originalQueue = message.originalQueue();
        entity.type = message.type();
        entity.eventId = message.eventId();
        entity.orderId = message.orderId();
        entity.body = message.body();
        entity.keptAt = letter.keptAt();
        entity.handledBy = letter.handledBy();
        session.get().persist(entity);
    }
}
