package cafe.kiosk.screen;

import cafe.terminal.i18n.Texts;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Toggle;

/**
 * What a control is called when the customer moves onto it, the same words a screen reader gets:
 * its accessible text (a menu tile's name, price and "sold out", an option's price delta) or else
 * its label, then its state (selected, unavailable).
 */
final class SpokenControl {

    private SpokenControl() {
    }

    static String describe(Node node, Texts texts) {
        List<String> parts = new ArrayList<>();
        parts.add(name(node));
        if (node instanceof Toggle toggle && toggle.isSelected()) {
            parts.add(texts.get("speech.selected"));
        }
        if (node.isDisabled()) {
            parts.add(texts.get("speech.unavailable"));
        }
        parts.removeIf(String::isBlank);
        return String.join(", ", parts);
    }

    /** The control's own name, without its state; blank when it has none. */
    static String name(Node node) {
        if (node.getAccessibleText() != null && !node.getAccessibleText().isBlank()) {
            return node.getAccessibleText();
        }
        return node instanceof Labeled labeled && labeled.getText() != null ? labeled.getText().strip() : "";
    }
}
