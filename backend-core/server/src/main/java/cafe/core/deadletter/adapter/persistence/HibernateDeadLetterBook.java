package cafe.core.deadletter.adapter.persistence;

import cafe.core.deadletter.application.DeadLetterBook;
import cafe.core.deadletter.domain.FiledLetter;
import cafe.core.deadletter.domain.KeptLetter;
import cafe.core.deadletter.domain.Resolution;
import cafe.core.deadletter.domain.UndeliveredMessage;
import java.util.List;
import java.util.Optional;
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
        entity.originalAddress = message.originalAddress();
        entity.originalQueue = message.originalQueue();
        entity.type = message.type();
        entity.eventId = message.eventId();
        entity.orderId = message.orderId();
        entity.body = message.body();
        entity.deliveries = message.deliveries();
        entity.keptAt = letter.keptAt();
        entity.handledBy = letter.handledBy();
        session.get().persist(entity);
    }

    @Override
    public Optional<FiledLetter> find(long id) {
        return Optional.ofNullable(session.get().find(DeadLetterEntity.class, id)).map(HibernateDeadLetterBook::filed);
    }

    @Override
    public List<FiledLetter> filed(int limit) {
        return session.get().createSelectionQuery("from DeadLetterEntity order by"
                        + " case when handledBy is null and resolution is null then 0 else 1 end, keptAt desc, id desc",
                        DeadLetterEntity.class)
                .setMaxResults(limit)
                .getResultList().stream().map(HibernateDeadLetterBook::filed).toList();
    }

    @Override
    public void resolve(long id, Resolution resolution) {
        DeadLetterEntity entity = session.get().find(DeadLetterEntity.class, id);
        entity.resolution = resolution.kind();
        entity.resolvedAt = resolution.at();
        entity.resolvedBy = resolution.staffId();
        entity.resolvedByName = resolution.staffName();
        entity.resolutionNote = resolution.note();
    }

    private static FiledLetter filed(DeadLetterEntity e) {
        var message = new UndeliveredMessage(e.fate, e.messageId, e.originalAddress, e.originalQueue, e.type,
                e.eventId, e.orderId, e.body, e.deliveries);
        Resolution resolution = e.resolution == null ? null
                : new Resolution(e.resolution, e.resolvedAt, e.resolvedBy, e.resolvedByName, e.resolutionNote);
        return new FiledLetter(e.id, new KeptLetter(message, e.keptAt, e.handledBy), resolution);
    }
}
