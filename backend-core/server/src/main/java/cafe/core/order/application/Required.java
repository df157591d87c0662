package cafe.core.order.application;

import cafe.contract.wire.ErrorCode;
import cafe.core.shared.Rejection;

/** Refuses a request that lacks a field it cannot do without. */
final class Required {

    private Required() {
    }

    static <T> T field(T value, String name) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new Rejection(ErrorCode.MISSING_FIELD, name + " is required");
        }
        return value;
    }
}
