package cafe.kiosk.screen;

import cafe.kiosk.speech.Announcer;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;

/**
 * The keypad's speech keys while the kiosk speaks: * (or F1) says the last announcement again,
 * + and - change the volume, Page Up and Page Down the pace. Other keys pass on.
 */
final class SpeechKeys implements EventHandler<KeyEvent> {

    private final Announcer announcer;

    private SpeechKeys(Announcer announcer) {
        this.announcer = announcer;
    }

    static void install(Scene scene, Announcer announcer) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, new SpeechKeys(announcer));
    }

    @Override
    public void handle(KeyEvent key) {
        if (!announcer.speakingProperty().get()) {
            return;
        }
        switch (key.getCode()) {
            case MULTIPLY, F1 -> announcer.repeat();
            case ADD -> announcer.louder();
            case SUBTRACT -> announcer.softer();
            case PAGE_UP -> announcer.faster();
            case PAGE_DOWN -> announcer.slower();
            default -> {
                return;
            }
        }
        key.consume();
    }
}
