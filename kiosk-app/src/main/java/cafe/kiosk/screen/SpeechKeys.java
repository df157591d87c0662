package cafe.kiosk.screen;

import cafe.kiosk.speech.Announcer;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keypad's speech keys: while the kiosk is silent, * (or F1) turns the spoken guide on (a
 * customer who cannot see finds no button); while it speaks, * says the last announcement again,
 * + and - change the volume, Page Up and Page Down the pace. Other keys pass on.
 */
final class SpeechKeys implements EventHandler<KeyEvent> {

    private final Announcer announcer;
    private final Runnable guideOn;

    private SpeechKeys(Announcer announcer, Runnable guideOn) {
        this.announcer = announcer;
        this.guideOn = guideOn;
    }

    /** @param guideOn turns on the mode that speaks (easy mode) */
    static void install(Scene scene, Announcer announcer, Runnable guideOn) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, new SpeechKeys(announcer, guideOn));
    }

    @Override
    public void handle(KeyEvent key) {
        if (!announcer.speakingProperty().get()) {
            if (key.getCode() == KeyCode.MULTIPLY || key.getCode() == KeyCode.F1) {
                guideOn.run();
                key.consume();
            }
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
