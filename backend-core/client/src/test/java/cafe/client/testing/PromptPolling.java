package cafe.client.testing;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every test's waits look at once and then soon: after 5, 10, 20, 40 and 80 ms, then every 100 ms.
 * Awaitility's own default looks first after 100 ms and then every 100 ms, which the suite's
 * thousands of short waits paid for in minutes. JUnit registers this for every test class of every
 * module (extension auto-detection, turned on in the parent pom; the service file names it).
 */
public final class PromptPolling implements BeforeAllCallback {

    private static final long MOST_MILLIS = 100;

    @Override
    public void beforeAll(ExtensionContext context) {
        Awaitility.setDefaultPollInterval((poll, previous) -> Duration.ofMillis(Math.min(MOST_MILLIS, 5L << Math.min(poll - 1, 5))));
    }
}
