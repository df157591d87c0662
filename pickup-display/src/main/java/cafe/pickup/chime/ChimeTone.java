package cafe.pickup.chime;

import javax.sound.sampled.AudioFormat;

/**
 * A soft two-note "ding-dong" made of decaying sine partials, rendered as 16-bit mono PCM. Bell-like
 * rather than a beep, so it can ring all day in a cafe without annoying anyone.
 */
final class ChimeTone {

    static final AudioFormat FORMAT = new AudioFormat(44_100f, 16, 1, true, false);

    private static final double[] NOTES_HZ = {659.25, 523.25};
    private static final double NOTE_SECONDS = 0.55;
    private static final double PEAK = 0.35 * Short.MAX_VALUE;

    private ChimeTone() {
    }

    /** Both notes one after the other, little-endian samples. */
    static byte[] render() {
        int perNote = (int) (FORMAT.getSampleRate() * NOTE_SECONDS);
        byte[] pcm = new byte[NOTES_HZ.length * perNote * 2];
        for (int note = 0; note < NOTES_HZ.length; note++) {
            for (int i = 0; i < perNote; i++) {
                short sample = (short) Math.round(PEAK * amplitude(NOTES_HZ[note], i));
                int at = (note * perNote + i) * 2;
                pcm[at] = (byte) sample;
                pcm[at + 1] = (byte) (sample >> 8);
            }
        }
        return pcm;
    }

    private static double amplitude(double hz, int sampleIndex) {
        double t = sampleIndex / (double) FORMAT.getSampleRate();
        double attack = Math.min(1.0, t / 0.01);
        double decay = Math.exp(-4.5 * t);
        double bell = Math.sin(2 * Math.PI * hz * t)
                + 0.35 * Math.sin(2 * Math.PI * 2 * hz * t)
                + 0.12 * Math.sin(2 * Math.PI * 3 * hz * t);
        return attack * decay * bell / 1.47;
    }
}
