package cafe.kiosk.speech;

import java.util.Locale;
import java.util.Objects;

/** One thing to say, in the kiosk's language, with the customer's volume and pace. */
public record Utterance(String text, Locale language, Voice voice) {

    public Utterance {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(voice, "voice");
    }
}
