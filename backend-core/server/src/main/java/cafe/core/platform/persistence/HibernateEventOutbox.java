package cafe.core.platform.persistence;

import cafe.core.shared.EventOutbox;
import cafe.core.shared.OutboundEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.UUID;

/** Writes events as outbox rows in the caller's transaction; the relay publishes them after commit. */
final class HibernateEventOutbox implements EventOutbox {

    private final HibernateTransactions transactions;
    private final ObjectMapper json;
    private final Clock clock;

    HibernateEventOutbox(HibernateTransactions transactions, ObjectMapper json, Clock clock) {
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void append(OutboundEvent event) {
        String body;
        try {
            body = json.writeValueAsString(event.body());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + event.type(), e);
        }
        transactions.currentSession().persist(new OutboxRecord(UUID.randomUUID().toString(), event.address(),
                event.type(), event.orderId(), body, clock.instant()));
        transactions.eventAppended();
    }
}
