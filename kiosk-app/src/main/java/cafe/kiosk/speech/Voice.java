package cafe.kiosk.speech;

/**
 * How loud and how fast the kiosk speaks, each in steps the customer takes with a key, between
 * bounds that stay audible and understandable.
 *
 * @param volume percent of the engine's normal loudness, 20 to 200
 * @param rate   words per minute, 100 to 350
 */
public record Voice(int volume, int rate) {

    public static final int MIN_VOLUME = 20;
    public static final int MAX_VOLUME = 200;
    public static final int MIN_RATE = 100;
    public static final int MAX_RATE = 350;
    private static final int VOLUME_STEP = 20;
    private static final int RATE_STEP = 25;

    public Voice {
        if (volume < MIN_VOLUME || volume > MAX_VOLUME) {
            throw new IllegalArgumentException("volume " + volume + " is outside " + MIN_VOLUME + ".." + MAX_VOLUME);
        }
        if (rate < MIN_RATE || rate > MAX_RATE) {
            throw new IllegalArgumentException("rate " + rate + " is outside " + MIN_RATE + ".." + MAX_RATE);
        }
    }

    /** A clear voice at a calm pace: a little slower than eSpeak's default of 175 words a minute. */
    public static Voice standard() {
        return new Voice(100, 160);
    }

    public Voice louder() {
        return new Voice(Math.min(MAX_VOLUME, volume + VOLUME_STEP), rate);
    }

    public Voice softer() {
        return new Voice(Math.max(MIN_VOLUME, volume - VOLUME_STEP), rate);
    }

    public Voice faster() {
        return new Voice(volume, Math.min(MAX_RATE, rate + RATE_STEP));
    }

    public Voice slower() {
        return new Voice(volume, Math.max(MIN_RATE, rate - RATE_STEP));
    }
}
