package cafe.kiosk.screen;

import cafe.terminal.i18n.Texts;
import cafe.kiosk.speech.Announcer;
import java.util.function.Supplier;
import javafx.scene.Scene;

/** Says what the customer moves onto: each new focus owner of the kiosk's scene, with its state. */
final class FocusSpeech {

    private FocusSpeech() {
    }

    static void follow(Scene scene, Announcer announcer, Supplier<Texts> texts) {
        scene.focusOwnerProperty().subscribe(node -> {
            if (node != null) {
                announcer.focusMoved(SpokenControl.describe(node, texts.get()));
            }
        });
    }
}
