package cafe.core.shared;

import java.util.Objects;

/**
 * An event to publish: the address it goes to, its type, the order it concerns (null for menu
 * events) and a body record that serialises to JSON.
 */
public record OutboundEvent(String address, String type, String orderId, Object body) {

    public OutboundEvent {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(body, "body");
    }
}
