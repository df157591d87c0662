package cafe.kiosk.screen;

import cafe.kiosk.speech.Announcer;
import cafe.terminal.i18n.Texts;
import java.util.function.Supplier;
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
                Runnable say = () -> announcer.focusMoved(SpokenControl.describe(node, texts.get()));
                say.run();
                speech.watched = onChange(node, say);
            }
        });
    }

    /** Runs {@code say} when a press changes the control it leaves focused: its words, whether it is selected. */
    private static Subscription onChange(Node node, Runnable say) {
        Subscription words = node.accessibleTextProperty().subscribe((was, now) -> say.run());
        return node instanceof Toggle toggle
                ? words.and(toggle.selectedProperty().subscribe((was, now) -> say.run())) : words;
    }
}
