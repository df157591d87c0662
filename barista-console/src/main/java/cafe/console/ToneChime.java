package cafe.console;

import cafe.console.bar.Chime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A short two-note "ding-dong" (E6 then C6) synthesized on a background thread, loud enough over a
 * grinder. A PC without a sound device stays silent; the screen's flash still shows the new ticket.
 */
final class ToneChime implements Chime, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ToneChime.class);
    private static final float RATE = 44_100f;
    private static final double[] NOTES_HZ = {1318.5, 1046.5};
    private static final double NOTE_SECONDS = 0.18;

    private final ExecutorService player = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "chime");
        t.setDaemon(true);
        return t;
    });
    private final byte[] sound = synthesize();
    private volatile boolean warned;

    @Override
    public void ring() {
        player.execute(this::play);
    }

    @Override
    public void close() {
        player.shutdownNow();
    }

    private void play() {
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            line.start();
            line.write(sound, 0, sound.length);
            line.drain();
        } catch (LineUnavailableException | IllegalArgumentException e) {
            if (!warned) {
                warned = true;
                LOG.warn("No sound device, new tickets only flash: {}", e.toString());
            }
        }
    }

    /** Each note starts sharp and fades, like a struck bell. */
    static byte[] synthesize() {
        int perNote = (int) (RATE * NOTE_SECONDS);
        byte[] pcm = new byte[perNote * NOTES_HZ.length * 2];
        for (int n = 0; n < NOTES_HZ.length; n++) {
            for (int i = 0; i < perNote; i++) {
                double t = i / RATE;
                double envelope = Math.exp(-t * 14) * Math.min(1, i / 60.0);
                short sample = (short) (Math.sin(2 * Math.PI * NOTES_HZ[n] * t) * envelope * 0.6 * Short.MAX_VALUE);
                int at = (n * perNote + i) * 2;
                pcm[at] = (byte) sample;
                pcm[at + 1] = (byte) (sample >> 8);
            }
        }
        return pcm;
    }
}
