package cafe.core.platform.messaging;

import jakarta.jms.JMSException;
import jakarta.jms.Session;
import jakarta.jms.Topic;
import java.util.HashMap;
import java.util.Map;

/** The event addresses one session sends to, each made once. Used by one thread at a time. */
final class Topics {

    private final Session session;
    private final Map<String, Topic> byAddress = new HashMap<>();

    Topics(Session session) {
        this.session = session;
    }

    Topic of(String address) throws JMSException {
        Topic topic = byAddress.get(address);
        if (topic == null) {
            topic = session.createTopic(address);
            byAddress.put(address, topic);
        }
        return topic;
    }
}
