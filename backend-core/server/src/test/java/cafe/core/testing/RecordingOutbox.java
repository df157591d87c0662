package cafe.core.testing;

import cafe.core.shared.EventOutbox;
import cafe.core.shared.OutboundEvent;
import java.util.ArrayList;
import java.util.List;

/** An outbox that keeps what was appended, for application tests. */
public class RecordingOutbox implements EventOutbox {

    private final List<OutboundEvent> events = new ArrayList<>();

    @Override
    public void append(OutboundEvent event) {
        events.add(event);
    }

    public List<OutboundEvent> events() {
        return List.copyOf(events);
    }

    public List<String> types() {
        return events.stream().map(OutboundEvent::type).toList();
    }

    public OutboundEvent last() {
        return events.get(events.size() - 1);
    }

    /** The bodies of the appended events of one class, oldest first. */
    public <T> List<T> bodies(Class<T> type) {
        return events.stream().map(OutboundEvent::body).filter(type::isInstance).map(type::cast).toList();
    }
}
