package cafe.pickup.chime;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Plays {@link ChimeTone} on the default sound device through javax.sound.sampled. */
public final class ToneChime implements Chime, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ToneChime.class);

    private final byte[] tone = ChimeTone.render();
    /** One chime playing and at most one waiting: a burst of ready numbers rings twice, not ten times. */
    private final ExecutorService player = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1), ToneChime::daemon, new ThreadPoolExecutor.DiscardPolicy());
    private volatile boolean warned;

    @Override
    public void play() {
        player.execute(this::playNow);
    }

    private void playNow() {
        try (SourceDataLine line = AudioSystem.getSourceDataLine(ChimeTone.FORMAT)) {
            line.open(ChimeTone.FORMAT);
            line.start();
            line.write(tone, 0, tone.length);
            line.drain();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            if (!warned) {
                warned = true;
                LOG.warn("No sound device for the ready chime, staying silent: {}", e.toString());
            }
        }
    }

    @Override
    public void close() {
        player.shutdownNow();
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "ready-chime");
        thread.setDaemon(true);
        return thread;
    }
}
