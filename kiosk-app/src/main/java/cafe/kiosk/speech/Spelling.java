package cafe.kiosk.speech;

import cafe.terminal.i18n.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How typed characters are said, so a customer who cannot see the screen can check an address:
 * letter by letter ("M I N J I"), and each sign by its name ("at sign", "골뱅이"), the groups
 * parted by commas so the voice pauses between them.
 */
public final class Spelling {

    private Spelling() {
    }

    /** "minji@gmail.com" as "M I N J I, at sign, G M A I L, dot, C O M". */
    public static String spell(String typed, Texts texts) {
        List<String> groups = new ArrayList<>();
        StringBuilder letters = new StringBuilder();
        for (char character : typed.toCharArray()) {
            String sign = sign(character, texts);
            if (sign == null) {
                letters.append(letters.isEmpty() ? "" : " ").append(String.valueOf(character).toUpperCase(Locale.ROOT));
                continue;
            }
            if (!letters.isEmpty()) {
                groups.add(letters.toString());
                letters.setLength(0);
            }
            groups.add(sign);
        }
        if (!letters.isEmpty()) {
            groups.add(letters.toString());
        }
        return String.join(", ", groups);
    }

    /** A sign's spoken name, or null for a letter or digit (said as itself). */
    private static String sign(char character, Texts texts) {
        return switch (character) {
            case '@' -> texts.get("contact.say.at");
            case '.' -> texts.get("contact.say.dot");
            case '-' -> texts.get("contact.say.dash");
            case '_' -> texts.get("contact.say.underscore");
            case '+' -> texts.get("contact.say.plus");
            default -> Character.isLetterOrDigit(character) ? null : String.valueOf(character);
        };
    }
}
