package cafe.kiosk.screen;

import cafe.kiosk.speech.Announcer;
import cafe.terminal.i18n.Texts;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Toggle;
import javafx.util.Subscription;

/**
 * Says what the customer moves onto: each new focus owner of the kiosk's scene, with its state, and
 * that control again when a press changes it under the focus (an option picked, a quantity's words).
 */
final class FocusSpeech {

    private Subscription watched = Subscription.EMPTY;

    private FocusSpeech() {
    }

    static void follow(Scene scene, Announcer announcer, Supplier<Texts> texts) {
        FocusSpeech speech = new FocusSpeech();
        scene.focusOwnerProperty().subscribe(node -> {
            speech.watched.unsubscribe();
            speech.watched = Subscription.EMPTY;
            if (node != null) {
                String said = SpokenControl.describe(node, texts.get());
                announcer.focusMoved(said);
                speech.watched = onChange(node, new ChangedWords(node, said, announcer, texts));
            }
        });
    }

    /**
     * Runs {@code changed} once after a press changed the control it leaves focused (its words, whether
     * it is selected): after the press's pulse, when every value it moved has settled.
     */
    private static Subscription onChange(Node node, ChangedWords changed) {
        Subscription words = node.accessibleTextProperty().subscribe((was, now) -> changed.due());
        return node instanceof Toggle toggle
                ? words.and(toggle.selectedProperty().subscribe((was, now) -> changed.due())) : words;
    }

    /** The focused control's words said again once they settled, if they differ from what was said last. */
    private static final class ChangedWords {

        private final Node node;
        private final Announcer announcer;
        private final Supplier<Texts> texts;
        private String said;
        private boolean due;

        ChangedWords(Node node, String said, Announcer announcer, Supplier<Texts> texts) {
            this.node = node;
            this.said = said;
            this.announcer = announcer;
            this.texts = texts;
        }

        void due() {
            if (!due) {
                due = true;
                Platform.runLater(this::sayIfChanged);
            }
        }

        private void sayIfChanged() {
            due = false;
            String now = SpokenControl.describe(node, texts.get());
            if (node.isFocused() && !now.equals(said)) {
                said = now;
                announcer.focusMoved(now);
            }
        }
    }
}
