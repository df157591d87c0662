package cafe.client.jms;

import cafe.contract.wire.Headers;
import java.util.Arrays;
import java.util.stream.Collectors;

/** JMS message selectors on the {@code type} property. */
final class Selectors {

    private Selectors() {
    }

    /** {@code type = 'A'}, or {@code type IN ('A', 'B')} for several. */
    static String typeIs(String... types) {
        if (types.length == 1) {
            return Headers.TYPE + " = " + quoted(types[0]);
        }
        return Arrays.stream(types).map(Selectors::quoted)
                .collect(Collectors.joining(", ", Headers.TYPE + " IN (", ")"));
    }

    private static String quoted(String type) {
        return "'" + type.replace("'", "''") + "'";
    }
}
