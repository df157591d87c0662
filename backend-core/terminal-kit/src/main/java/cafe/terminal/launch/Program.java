package cafe.terminal.launch;

import cafe.terminal.window.WindowMode;
import java.util.Objects;

/**
 * One store screen program: its name (its log file is {@code <name>.log}, its command
 * {@code cafe-<...>}), the role whose terminal file it reads ({@code <role>.properties}) and how
 * its window stands in a store.
 */
public record Program(String name, String role, WindowMode storeMode) {

    public Program {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(storeMode, "storeMode");
    }

    /** The key of the staff PIN's hash in the terminal file, e.g. {@code kiosk.staff-pin}. */
    public String staffPinKey() {
        return name + ".staff-pin";
    }

    /** The key of the owner's code's hash in the terminal file, e.g. {@code kiosk.owner-code}. */
    public String ownerCodeKey() {
        return name + ".owner-code";
    }
}
