package cafe.core.platform.messaging;

import cafe.contract.wire.Addresses;
import java.time.Duration;
import java.util.Map;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * How the broker delivers the cafe's messages, whoever runs it: one order's events hash into a
 * bounded set of groups, three delivery attempts with back-off before the dead letters, expired
 * messages to their own address, and payment requests go stale after the store's expiry.
 */
public final class DeliveryPolicy {

    /** Deliveries of a message before the broker gives up on it and sends it to the dead letters. */
    public static final int DELIVERY_ATTEMPTS = 3;
    /** One order's events hash into one of these, so the broker tracks groups in bounded memory. */
    static final int GROUP_BUCKETS = 256;
    private static final long FIRST_REDELIVERY_DELAY_MS = 200;
    private static final String CAFE_ADDRESSES = "cafe.#";

    private DeliveryPolicy() {
    }

    /** Address settings by match: every cafe address, and payment requests with their expiry. */
    static Map<String, AddressSettings> byMatch(Duration paymentRequestExpiry) {
        return Map.of(CAFE_ADDRESSES, cafeAddresses(),
                Addresses.PAYMENT_REQUESTS, cafeAddresses().setExpiryDelay(paymentRequestExpiry.toMillis()));
    }

    private static AddressSettings cafeAddresses() {
        return new AddressSettings()
                .setDefaultGroupBuckets(GROUP_BUCKETS)
                .setMaxDeliveryAttempts(DELIVERY_ATTEMPTS)
                .setRedeliveryDelay(FIRST_REDELIVERY_DELAY_MS)
                .setRedeliveryMultiplier(2)
                .setDeadLetterAddress(SimpleString.of(Addresses.DEAD_LETTERS))
                .setExpiryAddress(SimpleString.of(Addresses.EXPIRED));
    }
}
