package cafe.kiosk.speech;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds the speech engine installed on this PC, or settles for silence and says so once. */
public final class SpeechEngines {

    private static final Logger LOG = LoggerFactory.getLogger(SpeechEngines.class);
    private static final List<String> NAMES = List.of("espeak-ng", "espeak");

    private SpeechEngines() {
    }

    /** eSpeak NG from the PATH (the kiosk package recommends it), else a kiosk that stays silent. */
    public static Speech installed() {
        return find(System.getenv().getOrDefault("PATH", ""))
                .<Speech>map(engine -> {
                    LOG.info("Speech through {}", engine);
                    return new EspeakSpeech(engine, List.of());
                })
                .orElseGet(() -> {
                    LOG.warn("No speech engine installed (install espeak-ng): accessible mode shows but does not speak");
                    return new SilentSpeech();
                });
    }

    static Optional<Path> find(String path) {
        return NAMES.stream()
                .flatMap(name -> Arrays.stream(path.split(File.pathSeparator))
                        .filter(folder -> !folder.isBlank())
                        .map(folder -> Path.of(folder, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
