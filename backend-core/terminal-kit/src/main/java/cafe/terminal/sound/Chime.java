package cafe.terminal.sound;

/**
 * A sound a screen makes to call someone: a new ticket at the bar, a number ready at the pickup
 * board. Ringing returns at once; the sound plays on its own, and a PC without a sound device stays
 * silent rather than failing.
 */
@FunctionalInterface
public interface Chime {

    void ring();
}
