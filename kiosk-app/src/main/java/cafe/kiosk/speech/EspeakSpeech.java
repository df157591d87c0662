package cafe.kiosk.speech;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speech through eSpeak NG, an offline engine with Korean and English voices, run as one process per
 * utterance. The text goes in on the process's standard input (never on its command line, where a
 * leading dash would read as an option). Starting and stopping processes happens on one thread of its
 * own, in the order things were said; an utterance that is still playing is stopped before the next
 * one starts.
 */
public final class EspeakSpeech implements Speech {

    private static final Logger LOG = LoggerFactory.getLogger(EspeakSpeech.class);
    private static final Duration STOP_GRACE = Duration.ofMillis(500);

    private final Path engine;
    private final List<String> output;
    private final ExecutorService lane = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kiosk-speech");
        thread.setDaemon(true);
        return thread;
    });
    private Process speaking;

    /**
     * @param engine the espeak-ng program
     * @param output extra arguments that choose where the sound goes; empty for the default audio
     *               device ({@code -w file.wav} writes it to a file instead)
     */
    public EspeakSpeech(Path engine, List<String> output) {
        this.engine = engine;
        this.output = List.copyOf(output);
    }

    @Override
    public void say(Utterance utterance) {
        lane.execute(() -> {
            stopSpeaking();
            speaking = start(utterance);
        });
    }

    @Override
    public void silence() {
        lane.execute(this::stopSpeaking);
    }

    @Override
    public void close() {
        silence();
        lane.shutdown();
        try {
            lane.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<String> command(Utterance utterance) {
        List<String> command = new ArrayList<>(List.of(engine.toString(),
                "-v", voiceName(utterance.language()),
                "-a", Integer.toString(utterance.voice().volume()),
                "-s", Integer.toString(utterance.voice().rate())));
        command.addAll(output);
        return command;
    }

    private Process start(Utterance utterance) {
        try {
            Process process = new ProcessBuilder(command(utterance))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try (OutputStream text = process.getOutputStream()) {
                text.write(utterance.text().getBytes(StandardCharsets.UTF_8));
            }
            return process;
        } catch (IOException e) {
            LOG.warn("eSpeak could not say \"{}\": {}", utterance.text(), e.toString());
            return null;
        }
    }

    /** Waits for the engine to end, so that closing never leaves one still speaking (or writing). */
    private void stopSpeaking() {
        if (speaking != null && speaking.isAlive()) {
            speaking.destroy();
            awaitEnd(speaking);
        }
        speaking = null;
    }

    private static void awaitEnd(Process process) {
        try {
            if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String voiceName(Locale language) {
        return Locale.KOREAN.getLanguage().equals(language.getLanguage()) ? "ko" : "en-us";
    }
}
