package cafe.core.notification.domain;

import cafe.core.shared.ContactMask;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a customer asked to hear that the order is ready: a phone number (for a text message) or an
 * e-mail address. Logs show it only {@link #masked()}.
 */
public record Contact(Kind kind, String address) {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{6,18}[0-9]");
    /** The longest e-mail address the mail standards allow. */
    public static final int LONGEST = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** The two ways to reach a customer. */
    public enum Kind { PHONE, EMAIL }

    public Contact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(address, "address");
    }

    /**
     * Reads what the customer typed; nothing when it is neither a phone number nor an e-mail address,
     * or longer than any address can be (the pattern would take seconds over a long enough text).
     */
    public static Optional<Contact> parse(String typed) {
        if (typed == null || typed.length() > LONGEST) {
            return Optional.empty();
        }
        String trimmed = typed.trim();
        if (EMAIL.matcher(trimmed).matches()) {
            return Optional.of(new Contact(Kind.EMAIL, trimmed));
        }
        if (PHONE.matcher(trimmed).matches()) {
            return Optional.of(new Contact(Kind.PHONE, trimmed));
        }
        return Optional.empty();
    }

    /** The address with most of it hidden: "010-****-5678", "k***@example.com". */
    public String masked() {
        return ContactMask.address(address);
    }

    @Override
    public String toString() {
        return kind + " " + masked();
    }
}
