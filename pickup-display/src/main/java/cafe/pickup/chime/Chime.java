package cafe.pickup.chime;

/**
 * The sound that tells customers a number is ready. Playing returns at once: the sound runs on its
 * own thread, and a display without a sound device stays silent rather than failing.
 */
@FunctionalInterface
public interface Chime {

    void play();
}
