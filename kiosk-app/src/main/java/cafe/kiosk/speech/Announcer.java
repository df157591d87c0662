package cafe.kiosk.speech;

import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * What the kiosk says to a customer who cannot see the screen: the latest announcement, spoken in
 * the kiosk's current language while spoken guidance is on, and kept so a key can say it again.
 * The customer's volume and pace last until the kiosk resets for the next customer. Lives on the UI
 * thread; the speech engine never blocks it.
 */
public final class Announcer {

    /** A focus move this soon after a result comes from the same key press: it follows the result. */
    private static final long SAME_MOMENT_NANOS = Duration.ofMillis(500).toNanos();

    private final Speech speech;
    private final Supplier<Locale> language;
    private final LongSupplier nanoTime;
    private long resultAt;
    private final BooleanProperty speaking = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper last = new ReadOnlyStringWrapper("");
    private Voice voice = Voice.standard();

    public Announcer(Speech speech, Supplier<Locale> language) {
        this(speech, language, System::nanoTime);
    }

    Announcer(Speech speech, Supplier<Locale> language, LongSupplier nanoTime) {
        this.speech = speech;
        this.language = language;
        this.nanoTime = nanoTime;
        this.resultAt = nanoTime.getAsLong() - 2 * SAME_MOMENT_NANOS;
        speaking.addListener((obs, was, now) -> {
            if (!now) {
                speech.silence();
            }
        });
    }

    /** On while spoken guidance is wanted (the kiosk's accessible mode). */
    public BooleanProperty speakingProperty() {
        return speaking;
    }

    /** The latest announcement, also when nothing is spoken: the same words a screen reader gets. */
    public ReadOnlyStringProperty lastProperty() {
        return last.getReadOnlyProperty();
    }

    public Voice voice() {
        return voice;
    }

    /** Says {@code text} now, cutting off whatever was still being said. Blank text is ignored. */
    public void announce(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        last.set(text);
        resultAt = nanoTime.getAsLong();
        speak();
    }

    /**
     * Says what the customer moved onto, cutting off a stale announcement; but when the move comes
     * with a result of the same key press ("added to cart", a new screen), it follows that result.
     */
    public void focusMoved(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        boolean sameMoment = nanoTime.getAsLong() - resultAt < SAME_MOMENT_NANOS;
        last.set(sameMoment ? last.get() + " " + text : text);
        speak();
    }

    public void repeat() {
        speak();
    }

    /** Each change of voice says the last announcement again, so the customer hears the difference. */
    public void louder() {
        changeVoice(voice.louder());
    }

    public void softer() {
        changeVoice(voice.softer());
    }

    public void faster() {
        changeVoice(voice.faster());
    }

    public void slower() {
        changeVoice(voice.slower());
    }

    /** The next customer starts with the standard voice and silence. */
    public void reset() {
        voice = Voice.standard();
        last.set("");
        speech.silence();
    }

    private void changeVoice(Voice changed) {
        voice = changed;
        speak();
    }

    private void speak() {
        if (speaking.get() && !last.get().isEmpty()) {
            speech.say(new Utterance(last.get(), language.get(), voice));
        }
    }
}
