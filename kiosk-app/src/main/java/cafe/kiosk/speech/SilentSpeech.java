package cafe.kiosk.speech;

/** A kiosk without a speech engine: it says nothing, and everything else works as before. */
final class SilentSpeech implements Speech {

    @Override
    public void say(Utterance utterance) {
        // nothing to say it with
    }

    @Override
    public void silence() {
        // nothing is being said
    }

    @Override
    public void close() {
        // nothing to release
    }
}
