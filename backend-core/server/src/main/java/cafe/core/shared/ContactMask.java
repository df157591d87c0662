package cafe.core.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A customer's phone number or e-mail address as anyone but the channel that reaches them may see
 * it: "010-****-5678", "k***@example.com". A message's text is masked wherever it names a contact
 * (a {@code contact}, {@code email} or {@code phone} field, a {@code to} field that is a number) and
 * wherever an e-mail address stands in it, so a staff screen or a log never carries the whole of one.
 */
public final class ContactMask {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+\\.)+[A-Za-z]{2,}");
    private static final Pattern CONTACT_FIELD = Pattern.compile(
            "(\"(?:contact|email|phone)\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")", Pattern.CASE_INSENSITIVE);
    /** A recipient ({@code to}) that is a number; a time range's {@code to} is left alone. */
    private static final Pattern NUMBER_TO = Pattern.compile("(\"to\"\\s*:\\s*\")(\\+?[0-9][0-9 ()-]{6,18}[0-9])(\")");
    private static final String HIDDEN = "****";
    private static final int SHOWN_FROM_DIGITS = 10;

    private ContactMask() {
    }

    /**
     * One contact, masked: the first letter and the domain of an address; of a number of 10 digits or
     * more (a mobile's), the first 3 and the last 4, and of a shorter one nothing, since 7 of its 8
     * digits would be most of it.
     */
    public static String address(String contact) {
        int at = contact.indexOf('@');
        if (at > 0) {
            return contact.charAt(0) + "***" + contact.substring(at);
        }
        String digits = contact.replaceAll("[^0-9]", "");
        return digits.length() < SHOWN_FROM_DIGITS ? HIDDEN : digits.substring(0, 3) + "-" + HIDDEN + "-"
                + digits.substring(digits.length() - 4);
    }

    /** A message's text (JSON, or any text) with every contact in it masked; null stays null. */
    public static String text(String message) {
        if (message == null) {
            return null;
        }
        String masked = masked(CONTACT_FIELD, message);
        masked = masked(NUMBER_TO, masked);
        return EMAIL.matcher(masked).replaceAll(email -> Matcher.quoteReplacement(address(email.group())));
    }

    private static String masked(Pattern field, String text) {
        return field.matcher(text).replaceAll(found -> Matcher.quoteReplacement(
                found.group(1) + (found.group(2).isBlank() ? found.group(2) : address(found.group(2))) + found.group(3)));
    }
}
