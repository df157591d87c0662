package cafe.contract.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The code a terminal's installer types tells the store's certificate authority from a look-alike. */
class PairingCodeTest {

    private static final byte[] STORE = fingerprint(0x5A);

    @Test
    void aCertificateAuthorityMatchingOnlyTheFirst30BitsIsNotTheStores() {
        PairingCode code = PairingCode.issue(STORE, new SecureRandom());
        byte[] lookAlike = Arrays.copyOf(STORE, STORE.length);
        lookAlike[5] ^= 0x01; // the first 40 bits the same, as minutes of hashing would find

        assertThat(code.madeBy(STORE)).isTrue();
        assertThat(code.madeBy(lookAlike)).isFalse();
    }

    @Test
    void theCodeIsEighteenCharactersReadForgivingly() {
        PairingCode code = PairingCode.issue(STORE, new SecureRandom());
        String shown = code.toString();

        assertThat(shown).matches("[0-9A-Z]{6}-[0-9A-Z]{6}-[0-9A-Z]{6}");
        PairingCode typed = PairingCode.parse(" " + shown.toLowerCase().replace("-", " ") + " ");
        assertThat(typed.secret()).isEqualTo(code.secret());
        assertThat(typed.madeBy(STORE)).isTrue();
        assertThatThrownBy(() -> PairingCode.parse("7K3M-Q9XD-2F")).hasMessageContaining("18 letters and digits");
    }

    private static byte[] fingerprint(int fill) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) fill);
        return bytes;
    }

    @Test
    void anOlderServersTwelveCharacterCodeIsStillReadWithItsThirtyBits() {
        String newer = PairingCode.issue(STORE, new SecureRandom()).toString().replace("-", "");
        PairingCode older = PairingCode.parse(newer.substring(0, 6) + newer.substring(12));

        assertThat(older.madeBy(STORE)).isTrue();
        assertThat(older.secret()).isEqualTo(newer.substring(12));
        byte[] lookAlike = Arrays.copyOf(STORE, STORE.length);
        lookAlike[0] ^= 0x01;
        assertThat(older.madeBy(lookAlike)).isFalse();
    }
}
