package cafe.pickup.testing;

import cafe.pickup.chime.Chime;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the chimes instead of ringing them. */
public final class RecordingChime implements Chime {

    private final AtomicInteger rings = new AtomicInteger();

    @Override
    public void play() {
        rings.incrementAndGet();
    }

    public int rings() {
        return rings.get();
    }
}
