package cafe.terminal.testing;

import cafe.terminal.sound.Chime;
import java.util.concurrent.atomic.AtomicInteger;

/** A chime that counts its rings instead of making a sound. */
public final class RecordingChime implements Chime {

    private final AtomicInteger rings = new AtomicInteger();

    @Override
    public void ring() {
        rings.incrementAndGet();
    }

    public int rings() {
        return rings.get();
    }
}
