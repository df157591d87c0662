package cafe.terminal.sound;

import java.util.Arrays;
import javax.sound.sampled.AudioFormat;

/**
 * A chime as notes of decaying sine partials, one after the other, like a struck bell: how long each
 * note sounds, how fast it fades, how soft it starts and how loud it peaks. Rendered as 16-bit mono
 * little-endian PCM at 44.1 kHz.
 *
 * @param notesHz the notes' fundamentals, played in turn
 * @param noteSeconds how long each note lasts
 * @param decayPerSecond how fast a note fades (its envelope is e^(-decay * t))
 * @param attackSeconds how long a note takes to reach full loudness (no click at its start)
 * @param overtones the loudness of the 2nd, 3rd... partials relative to the fundamental
 * @param peak the loudest sample as a share of full scale, 0..1
 */
public record ChimeTone(double[] notesHz, double noteSeconds, double decayPerSecond, double attackSeconds,
                        double[] overtones, double peak) {

    public static final AudioFormat FORMAT = new AudioFormat(44_100f, 16, 1, true, false);

    public ChimeTone {
        notesHz = notesHz.clone();
        overtones = overtones.clone();
        if (notesHz.length == 0 || noteSeconds <= 0 || peak <= 0 || peak > 1) {
            throw new IllegalArgumentException("a chime needs notes, a length and a peak in (0, 1]");
        }
    }

    /** Two short, bright notes (E6, C6) that cut through a grinder: a new ticket at the bar. */
    public static ChimeTone sharpDing() {
        return new ChimeTone(new double[] {1318.5, 1046.5}, 0.18, 14, 60 / 44_100.0, new double[0], 0.6);
    }

    /** A soft two-note bell (E5, C5) with overtones, calm enough to ring all day: a number is ready. */
    public static ChimeTone softBell() {
        return new ChimeTone(new double[] {659.25, 523.25}, 0.55, 4.5, 0.01, new double[] {0.35, 0.12}, 0.35);
    }

    /** Every note one after the other. */
    public byte[] render() {
        int perNote = (int) (FORMAT.getSampleRate() * noteSeconds);
        byte[] pcm = new byte[notesHz.length * perNote * 2];
        double loudest = 1 + Arrays.stream(overtones).sum();
        for (int note = 0; note < notesHz.length; note++) {
            for (int i = 0; i < perNote; i++) {
                short sample = (short) Math.round(peak * Short.MAX_VALUE * amplitude(notesHz[note], i) / loudest);
                int at = (note * perNote + i) * 2;
                pcm[at] = (byte) sample;
                pcm[at + 1] = (byte) (sample >> 8);
            }
        }
        return pcm;
    }

    private double amplitude(double hz, int sampleIndex) {
        double t = sampleIndex / (double) FORMAT.getSampleRate();
        double attack = attackSeconds <= 0 ? 1 : Math.min(1, t / attackSeconds);
        double bell = Math.sin(2 * Math.PI * hz * t);
        for (int partial = 0; partial < overtones.length; partial++) {
            bell += overtones[partial] * Math.sin(2 * Math.PI * (partial + 2) * hz * t);
        }
        return attack * Math.exp(-decayPerSecond * t) * bell;
    }

    @Override
    public double[] notesHz() {
        return notesHz.clone();
    }

    @Override
    public double[] overtones() {
        return overtones.clone();
    }
}
