package cafe.kiosk.flow;

import cafe.terminal.i18n.Texts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;

/** Words that follow both what they say and the language they say it in. */
final class TextBindings {

    private TextBindings() {
    }

    /** The text of a key that may change or be null (no text). */
    static StringBinding key(ObservableValue<Texts> texts, ObservableValue<String> key) {
        return Bindings.createStringBinding(() -> key.getValue() == null ? null : texts.getValue().get(key.getValue()),
                texts, key);
    }
}
