package cafe.core.notification.domain;

import java.time.Duration;

/**
 * When a failed push is tried again: after {@code first}, then twice as long each time up to
 * {@code longest}, and given up after {@code attempts} tries in all. The first wait is never zero:
 * a sweep takes each message that is due once, and a message tried is not due again within it.
 */
public record Retries(Duration first, Duration longest, int attempts) {

    /** 5 s, 10 s, 20 s ... at most 5 minutes apart, twelve tries: about 40 minutes of a provider's outage. */
    public static final Retries STANDARD = new Retries(Duration.ofSeconds(5), Duration.ofMinutes(5), 12);

    public Retries {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || attempts < 1) {
            throw new IllegalArgumentException("retries need 0 < first <= longest and at least one attempt");
        }
    }

    /** The wait after the {@code failed}-th failed attempt. */
    public Duration after(int failed) {
        Duration wait = first;
        for (int i = 1; i < failed && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longest) > 0 ? longest : wait;
    }
}
