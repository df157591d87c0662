package cafe.core.platform.messaging;

import cafe.contract.wire.Headers;
import java.util.Collection;
import java.util.stream.Collectors;

/** A queue's filter, or a consumer's selector, that lets through only the events of some types. */
final class TypeSelector {

    private TypeSelector() {
    }

    static String of(Collection<String> types) {
        if (types.isEmpty()) {
            throw new IllegalArgumentException("no types to let through");
        }
        return types.stream().sorted().map(type -> "'" + type + "'")
                .collect(Collectors.joining(",", Headers.TYPE + " IN (", ")"));
    }
}
