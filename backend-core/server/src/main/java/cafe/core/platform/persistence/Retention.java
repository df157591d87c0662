package cafe.core.platform.persistence;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a database keeps what it no longer needs: events after they were published (the
 * ordering outbox's payment requests carry card tokens), the records of processed messages that
 * catch a redelivered duplicate, and the commands' answers that catch a redelivered request; and
 * how often that is trimmed.
 */
public record Retention(Duration publishedEvents, Duration processedMessages, Duration answeredRequests,
                        Duration trimEvery) {

    public Retention {
        Objects.requireNonNull(publishedEvents, "publishedEvents");
        Objects.requireNonNull(processedMessages, "processedMessages");
        Objects.requireNonNull(answeredRequests, "answeredRequests");
        Objects.requireNonNull(trimEvery, "trimEvery");
        if (trimEvery.isNegative() || trimEvery.isZero()) {
            throw new IllegalArgumentException("trimEvery must be positive, was " + trimEvery);
        }
    }

    /**
     * Published events ten minutes; processed-message records thirty days, far longer than any
     * message can wait in a queue for a stopped store to come back; answers a day (a request waits
     * in its queue only while no server runs, and a server trims first a minute after it starts,
     * once it has taken what waited); trimmed every minute.
     */
    public static Retention standard() {
        return new Retention(Duration.ofMinutes(10), Duration.ofDays(30), Duration.ofDays(1), Duration.ofMinutes(1));
    }
}
