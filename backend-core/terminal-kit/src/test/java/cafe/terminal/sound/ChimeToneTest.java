package cafe.terminal.sound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class ChimeToneTest {

    @Test
    void theSharpDingIsTwoShortLoudNotesThatFadeOut() {
        byte[] pcm = ChimeTone.sharpDing().render();
        int samples = pcm.length / 2;

        assertThat(samples).isEqualTo((int) (44_100 * 0.18) * 2);
        assertThat(peak(pcm, 0, 2000)).as("heard over a grinder").isGreaterThan(10_000);
        assertThat(peak(pcm, samples / 2 - 500, samples / 2)).isLessThan(peak(pcm, 0, 2000) / 4);
        assertThat(peak(pcm, samples / 2, samples / 2 + 2000)).isGreaterThan(10_000);
    }

    @Test
    void theSoftBellIsTwoNotesOfAboutHalfASecondThatRingAndFadeOut() {
        byte[] pcm = ChimeTone.softBell().render();
        int samples = pcm.length / 2;

        assertThat(samples / ChimeTone.FORMAT.getSampleRate()).isBetween(1.0f, 1.2f);
        int firstNotePeak = peak(pcm, 0, samples / 2);
        int secondNotePeak = peak(pcm, samples / 2, samples);
        assertThat(firstNotePeak).as("loud enough to hear, far from clipping").isBetween(6_000, 16_000);
        assertThat(secondNotePeak).isBetween(6_000, 16_000);
        assertThat(peak(pcm, samples / 2 - 500, samples / 2)).as("the first note has faded").isLessThan(firstNotePeak / 5);
        assertThat(peak(pcm, samples - 500, samples)).as("no click at the end").isLessThan(secondNotePeak / 5);
    }

    @Test
    void aBurstOfRingsAndRingsAfterClosingAreNeverAnError() {
        ToneChime chime = new ToneChime("test-chime", ChimeTone.softBell());
        for (int i = 0; i < 10; i++) {
            chime.ring();
        }
        chime.close();

        assertThatCode(chime::ring).doesNotThrowAnyException();
    }

    private static int peak(byte[] pcm, int fromSample, int toSample) {
        int peak = 0;
        for (int i = fromSample; i < toSample; i++) {
            short sample = (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
            peak = Math.max(peak, Math.abs(sample));
        }
        return peak;
    }
}
