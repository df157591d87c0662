package cafe.console.fake;

import cafe.console.bar.Chime;
import java.util.concurrent.atomic.AtomicInteger;

/** A silent chime that counts how often it rang. */
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
