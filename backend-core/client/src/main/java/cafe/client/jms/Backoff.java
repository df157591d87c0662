package cafe.client.jms;

import java.time.Duration;

/** The pause before the next connection attempt: doubles from a first value up to a ceiling. */
final class Backoff {

    private final Duration first;
    private final Duration ceiling;
    private Duration next;

    Backoff(Duration first, Duration ceiling) {
        this.first = first;
        this.ceiling = ceiling;
        this.next = first;
    }

    Duration next() {
        Duration current = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(ceiling) > 0 ? ceiling : doubled;
        return current;
    }

    void reset() {
        next = first;
    }
}
