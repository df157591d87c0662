package cafe.kiosk.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adapter's handling of the engine's processes, against a stand-in engine (a shell script that
 * writes down what it got and then speaks "for ever" until it is stopped; it minds being stopped from
 * its first line, so a stop that comes early is written down too).
 */
class EspeakSpeechTest {

    @TempDir
    Path folder;

    @Test
    void passesTheVoiceOnTheCommandLineAndTheTextOnStandardInput() throws Exception {
        try (EspeakSpeech speech = new EspeakSpeech(standInEngine(), List.of())) {
            speech.say(new Utterance("-아메리카노 4,500원", Locale.KOREAN, new Voice(140, 200)));

            await().atMost(Duration.ofSeconds(20)).until(() -> files("text-").size() == 1);
            Path text = files("text-").get(0);
            await().atMost(Duration.ofSeconds(20)).until(() -> Files.size(text) > 0);
            assertThat(Files.readString(text, StandardCharsets.UTF_8)).isEqualTo("-아메리카노 4,500원");
            assertThat(Files.readString(files("args-").get(0)).trim()).isEqualTo("-v ko -a 140 -s 200");
        }
    }

    @Test
    void aNewUtteranceStopsTheOneStillBeingSpoken() throws Exception {
        try (EspeakSpeech speech = new EspeakSpeech(standInEngine(), List.of())) {
            speech.say(new Utterance("Menu screen. Use the arrow keys to move.", Locale.ENGLISH, Voice.standard()));
            await().atMost(Duration.ofSeconds(20)).until(() -> files("args-").size() == 1);

            speech.say(new Utterance("Americano", Locale.ENGLISH, Voice.standard()));

            await().atMost(Duration.ofSeconds(20)).until(() -> files("args-").size() == 2);
            await().atMost(Duration.ofSeconds(20)).until(() -> files("stopped-").size() == 1);
            assertThat(Files.readString(files("args-").get(1))).startsWith("-v en-us");
        }
    }

    @Test
    void sayingReturnsAtOnceWhileTheEngineIsStillSpeaking() throws Exception {
        try (EspeakSpeech speech = new EspeakSpeech(standInEngine(), List.of())) {
            long started = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                speech.say(new Utterance("Item " + i, Locale.ENGLISH, Voice.standard()));
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(500));
        }
    }

    @Test
    void anEngineThatCannotStartLeavesTheKioskWorking() {
        try (EspeakSpeech speech = new EspeakSpeech(folder.resolve("no-such-engine"), List.of())) {
            speech.say(new Utterance("Menu", Locale.ENGLISH, Voice.standard()));
            speech.say(new Utterance("Cart", Locale.ENGLISH, Voice.standard()));
        }
    }

    @Test
    void findsTheEngineOnThePath() throws IOException {
        Path bin = Files.createDirectories(folder.resolve("bin"));
        Path engine = executable(bin.resolve("espeak-ng"), "#!/bin/sh\n");

        assertThat(SpeechEngines.find(folder + ":" + bin)).contains(engine);
        assertThat(SpeechEngines.find(folder.toString())).isEmpty();
    }

    private Path standInEngine() throws IOException {
        return executable(folder.resolve("engine.sh"), """
                #!/bin/sh
                trap 'kill $child 2>/dev/null; echo stopped > "%1$s/stopped-$$"; exit 0' TERM
                echo "$@" > "%1$s/args-$$"
                cat > "%1$s/text-$$"
                sleep 60 & child=$!
                wait $child
                """.formatted(folder));
    }

    private static Path executable(Path file, String content) throws IOException {
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private List<Path> files(String prefix) throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            return all.filter(file -> file.getFileName().toString().startsWith(prefix)).sorted(
                    (a, b) -> Long.compare(modified(a), modified(b))).toList();
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
