package cafe.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real eSpeak NG speaks Korean and English, written to a WAV file instead of a speaker. Runs
 * where the engine is installed; {@code .ci/run} installs it and sets {@code CAFE_SPEECH_ENGINE_REQUIRED=1},
 * so there a missing engine fails instead of skipping.
 */
class RealEspeakTest {

    @TempDir
    Path folder;

    private Path engine;

    @BeforeEach
    void findEngine() {
        Optional<Path> installed = SpeechEngines.find(System.getenv().getOrDefault("PATH", ""));
        if ("1".equals(System.getenv("CAFE_SPEECH_ENGINE_REQUIRED"))) {
            assertThat(installed).as("espeak-ng on the PATH").isPresent();
        }
        assumeTrue(installed.isPresent(), "espeak-ng is not installed here");
        engine = installed.get();
    }

    @Test
    void speaksKorean() {
        assertThat(spoken("주문 번호는 123번입니다", Locale.KOREAN)).isGreaterThan(10_000);
    }

    @Test
    void speaksEnglish() {
        assertThat(spoken("Your order number is 123", Locale.ENGLISH)).isGreaterThan(10_000);
    }

    /** The size of the sound eSpeak wrote, once it has finished writing it. */
    private long spoken(String text, Locale language) {
        Path wav = folder.resolve(language.getLanguage() + ".wav");
        try (EspeakSpeech speech = new EspeakSpeech(engine, List.of("-w", wav.toString()))) {
            speech.say(new Utterance(text, language, Voice.standard()));
            await().atMost(Duration.ofSeconds(30)).until(() -> complete(wav));
        }
        return wav.toFile().length();
    }

    /** eSpeak writes the RIFF header's length last, when the file is whole. */
    private static boolean complete(Path wav) throws IOException {
        if (!Files.exists(wav) || Files.size(wav) < 8) {
            return false;
        }
        byte[] header = new byte[8];
        try (InputStream in = Files.newInputStream(wav)) {
            in.readNBytes(header, 0, 8);
        }
        long riffLength = ByteBuffer.wrap(header, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xffffffffL;
        return riffLength + 8 == Files.size(wav);
    }
}
