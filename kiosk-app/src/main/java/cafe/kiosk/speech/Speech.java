package cafe.kiosk.speech;

/**
 * Says things aloud to a customer who cannot read the screen. Calls return at once, whatever the
 * engine does: speaking happens off the caller's thread, and a new utterance cuts off the one still
 * being spoken, so the customer always hears what is current.
 */
public interface Speech extends AutoCloseable {

    void say(Utterance utterance);

    /** Stops whatever is being said. */
    void silence();

    @Override
    void close();
}
