package cafe.terminal.sound;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays a {@link ChimeTone} on the default sound device through javax.sound.sampled, on a thread of
 * its own. One chime plays and at most one waits: a burst of calls rings twice, not ten times. A PC
 * without a sound device stays silent, with one warning in the log.
 */
public final class ToneChime implements Chime, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ToneChime.class);

    private final String name;
    private final byte[] sound;
    private final ExecutorService player;
    private volatile boolean warned;

    /** @param name what the chime is for, in the log and the thread's name, e.g. "ready-chime" */
    public ToneChime(String name, ChimeTone tone) {
        this.name = name;
        this.sound = tone.render();
        this.player = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1),
                task -> {
                    Thread thread = new Thread(task, name);
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.DiscardPolicy());
    }

    @Override
    public void ring() {
        player.execute(this::play);
    }

    @Override
    public void close() {
        player.shutdownNow();
    }

    private void play() {
        try (SourceDataLine line = AudioSystem.getSourceDataLine(ChimeTone.FORMAT)) {
            line.open(ChimeTone.FORMAT);
            line.start();
            line.write(sound, 0, sound.length);
            line.drain();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            if (!warned) {
                warned = true;
                LOG.warn("No sound device for the {}, staying silent: {}", name, e.toString());
            }
        }
    }
}
