package cafe.contract.wire;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/** JMS message selectors (and the broker's queue filters) on the {@code type} property. */
public final class Selectors {

    private Selectors() {
    }

    /** {@code type = 'A'}, or {@code type IN ('A', 'B')} for several. */
    public static String typeIs(String... types) {
        if (types.length == 1) {
            return Headers.TYPE + " = " + quoted(types[0]);
        }
        return Arrays.stream(types).map(Selectors::quoted)
                .collect(Collectors.joining(", ", Headers.TYPE + " IN (", ")"));
    }

    /** The same for a list of types. */
    public static String typeIs(Collection<String> types) {
        return typeIs(types.toArray(String[]::new));
    }

    private static String quoted(String type) {
        return "'" + type.replace("'", "''") + "'";
    }
}
