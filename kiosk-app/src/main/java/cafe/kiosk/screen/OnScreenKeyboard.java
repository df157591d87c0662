package cafe.kiosk.screen;

import cafe.kiosk.flow.ContactViewModel;
import cafe.kiosk.speech.Spelling;
import cafe.terminal.i18n.Texts;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The contact step's keys on the screen, for a kiosk with no keyboard: a phone keypad, or for an
 * e-mail address the letters (QWERTY), digits, the signs an address needs and one-tap endings
 * ("@gmail.com", "@naver.com"), with delete and clear. Every key is a button the arrow keys reach
 * and Enter presses, named aloud as its characters are ("at sign", "골뱅이"); in accessible mode a
 * last key reads back what was typed.
 */
final class OnScreenKeyboard extends VBox {

    private static final List<String> LETTER_ROWS = List.of("1234567890", "qwertyuiop", "asdfghjkl@", "zxcvbnm.-_");
    private static final List<String> DIGIT_ROWS = List.of("123", "456", "789");
    private static final List<Ending> ENDINGS = List.of(
            new Ending("dot-com", ".com", "contact.say.dotcom"),
            new Ending("co-kr", ".co.kr", "contact.say.cokr"),
            new Ending("gmail", "@gmail.com", "contact.say.gmail"),
            new Ending("naver", "@naver.com", "contact.say.naver"),
            new Ending("daum", "@daum.net", "contact.say.daum"),
            new Ending("kakao", "@kakao.com", "contact.say.kakao"));

    /** A key that types a whole ending, named aloud as people say it ("at naver dot com"). */
    private record Ending(String id, String typed, String spokenKey) {
    }

    private final ContactViewModel typing;
    private final Texts texts;
    private final boolean accessible;

    private OnScreenKeyboard(ContactViewModel typing, Texts texts, boolean accessible, String layout) {
        this.typing = typing;
        this.texts = texts;
        this.accessible = accessible;
        setId("contact-keyboard");
        getStyleClass().addAll("on-screen-keyboard", layout);
    }

    /** Letters, digits, the signs of an address and the common endings. */
    static OnScreenKeyboard email(ContactViewModel typing, Texts texts, boolean accessible) {
        OnScreenKeyboard keyboard = new OnScreenKeyboard(typing, texts, accessible, "email-keys");
        LETTER_ROWS.forEach(keys -> keyboard.row(keyboard.characters(keys)));
        keyboard.row(keyboard.withEditing(keyboard.characters("+")));
        keyboard.row(ENDINGS.stream().map(keyboard::ending).toList());
        return keyboard;
    }

    /** A phone's keypad: digits and a dash. */
    static OnScreenKeyboard phone(ContactViewModel typing, Texts texts, boolean accessible) {
        OnScreenKeyboard keyboard = new OnScreenKeyboard(typing, texts, accessible, "phone-keys");
        DIGIT_ROWS.forEach(keys -> keyboard.row(keyboard.characters(keys)));
        keyboard.row(keyboard.characters("-0"));
        keyboard.row(keyboard.withEditing(List.of()));
        return keyboard;
    }

    private void row(List<Button> keys) {
        HBox row = new HBox();
        row.getStyleClass().add("keyboard-row");
        keys.forEach(key -> HBox.setHgrow(key, Priority.ALWAYS));
        row.getChildren().setAll(keys);
        getChildren().add(row);
    }

    private List<Button> characters(String keys) {
        return keys.chars().mapToObj(key -> character((char) key)).toList();
    }

    private Button character(char character) {
        String typed = String.valueOf(character);
        return key(nameOf(character), typed, Spelling.spell(typed, texts), () -> typing.type(typed));
    }

    private Button ending(Ending ending) {
        Button key = key(ending.id(), ending.typed(), texts.get(ending.spokenKey()), () -> typing.type(ending.typed()));
        key.getStyleClass().add("ending-key");
        return key;
    }

    /** {@code first}, then delete, clear and (in accessible mode) read back. */
    private List<Button> withEditing(List<Button> first) {
        List<Button> keys = new ArrayList<>(first);
        keys.add(key("erase", "⌫", texts.get("contact.erase"), typing::eraseLast));
        keys.add(key("clear", texts.get("contact.clear"), "", typing::clear));
        if (accessible) {
            keys.add(key("read", texts.get("contact.readback"), "", typing::readBack));
        }
        keys.stream().skip(first.size()).forEach(key -> key.getStyleClass().add("editing-key"));
        return keys;
    }

    private static Button key(String id, String label, String spoken, Runnable press) {
        Button key = new Button(label);
        key.setId("contact-key-" + id);
        key.getStyleClass().add("contact-key");
        key.setMaxWidth(Double.MAX_VALUE);
        key.setMnemonicParsing(false);
        if (!spoken.isEmpty()) {
            key.setAccessibleText(spoken);
        }
        key.setOnAction(event -> press.run());
        return key;
    }

    private static String nameOf(char character) {
        return switch (character) {
            case '@' -> "at";
            case '.' -> "dot";
            case '-' -> "dash";
            case '_' -> "underscore";
            case '+' -> "plus";
            default -> String.valueOf(character);
        };
    }
}
