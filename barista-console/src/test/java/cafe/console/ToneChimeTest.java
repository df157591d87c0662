package cafe.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToneChimeTest {

    @Test
    void theChimeIsTwoShortAudibleNotesThatFadeOut() {
        byte[] pcm = ToneChime.synthesize();

        int samples = pcm.length / 2;
        assertThat(samples).isEqualTo((int) (44_100 * 0.18) * 2);
        assertThat(peak(pcm, 0, 2000)).isGreaterThan(10_000);
        assertThat(peak(pcm, samples / 2 - 500, samples / 2)).isLessThan(peak(pcm, 0, 2000) / 4);
        assertThat(peak(pcm, samples / 2, samples / 2 + 2000)).isGreaterThan(10_000);
    }

    @Test
    void ringingNeverBlocksTheCaller() {
        try (ToneChime chime = new ToneChime()) {
            long started = System.nanoTime();
            chime.ring();
            assertThat(System.nanoTime() - started).isLessThan(50_000_000L);
        }
    }

    private static int peak(byte[] pcm, int fromSample, int toSample) {
        int peak = 0;
        for (int i = fromSample; i < toSample; i++) {
            int sample = (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
            peak = Math.max(peak, Math.abs(sample));
        }
        return peak;
    }
}
