package cafe.console.bar;

/** The sound a new ticket makes at the bar. Must return at once; the sound plays on its own. */
@FunctionalInterface
public interface Chime {

    void ring();
}
