package cafe.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AnnouncerTest {

    private final RecordingSpeech speech = new RecordingSpeech();
    private final AtomicReference<Locale> language = new AtomicReference<>(Locale.KOREAN);
    private final AtomicLong nanos = new AtomicLong();
    private final Announcer announcer = new Announcer(speech, language::get, nanos::get);

    @Test
    void aFocusMoveOfTheSameKeyPressFollowsTheResultAndALaterOneCutsItOff() {
        announcer.speakingProperty().set(true);
        nanos.set(10_000_000_000L);
        announcer.announce("Added to cart. 1 item, total 4,500 won.");
        nanos.addAndGet(20_000_000);
        announcer.focusMoved("Americano, 4,500 won");
        nanos.addAndGet(3_000_000_000L);
        announcer.focusMoved("Caffe Latte, 5,000 won");

        assertThat(speech.texts()).containsExactly("Added to cart. 1 item, total 4,500 won.",
                "Added to cart. 1 item, total 4,500 won. Americano, 4,500 won", "Caffe Latte, 5,000 won");
    }

    @Test
    void saysNothingAloudUntilSpokenGuidanceIsOnButKeepsTheWordsForScreenReaders() {
        announcer.announce("메뉴 화면입니다");

        assertThat(speech.said()).isEmpty();
        assertThat(announcer.lastProperty().get()).isEqualTo("메뉴 화면입니다");
    }

    @Test
    void speaksInTheKiosksCurrentLanguage() {
        announcer.speakingProperty().set(true);
        announcer.announce("메뉴 화면입니다");
        language.set(Locale.ENGLISH);
        announcer.announce("Menu screen");

        assertThat(speech.said()).extracting(Utterance::language).containsExactly(Locale.KOREAN, Locale.ENGLISH);
    }

    @Test
    void aKeySaysTheLastAnnouncementAgain() {
        announcer.speakingProperty().set(true);
        announcer.announce("Americano, 4,500 won");

        announcer.repeat();

        assertThat(speech.texts()).containsExactly("Americano, 4,500 won", "Americano, 4,500 won");
    }

    @Test
    void volumeAndPaceChangeInStepsWithinBoundsAndTheChangeIsHeardAtOnce() {
        announcer.speakingProperty().set(true);
        announcer.announce("Cart total 9,000 won");

        announcer.louder();
        announcer.slower();
        for (int i = 0; i < 20; i++) {
            announcer.louder();
        }

        assertThat(speech.said().get(1).voice().volume()).isEqualTo(Voice.standard().volume() + 20);
        assertThat(speech.said().get(2).voice().rate()).isLessThan(Voice.standard().rate());
        assertThat(speech.last().voice().volume()).isEqualTo(Voice.MAX_VOLUME);
        assertThat(speech.last().text()).isEqualTo("Cart total 9,000 won");
    }

    @Test
    void turningGuidanceOffStopsTheSentenceBeingSpoken() {
        announcer.speakingProperty().set(true);
        announcer.announce("Payment in progress");

        announcer.speakingProperty().set(false);
        announcer.announce("Declined: insufficient funds");

        assertThat(speech.silenced()).isEqualTo(1);
        assertThat(speech.texts()).containsExactly("Payment in progress");
    }

    @Test
    void theNextCustomerStartsWithTheStandardVoiceAndNothingToRepeat() {
        announcer.speakingProperty().set(true);
        announcer.announce("Your order number is 123");
        announcer.louder();

        announcer.reset();
        announcer.repeat();

        assertThat(announcer.voice()).isEqualTo(Voice.standard());
        assertThat(speech.said()).hasSize(2);
    }
}
