package cafe.client.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StaffPinTest {

    private static final int FEW = 1_000;

    @Test
    void onlyTheSamePinMatchesItsHash() {
        StaffPin pin = StaffPin.of("2468".toCharArray(), FEW);

        assertThat(pin.matches("2468".toCharArray())).isTrue();
        assertThat(pin.matches("2469".toCharArray())).isFalse();
        assertThat(pin.matches("24680".toCharArray())).isFalse();
        assertThat(pin.matches("".toCharArray())).isFalse();
    }

    @Test
    void theStoredTextHoldsASaltedHashNotThePinAndReadsBack() {
        StaffPin pin = StaffPin.of("123456".toCharArray(), FEW);
        String stored = pin.stored();

        assertThat(stored).startsWith("pbkdf2-sha256$1000$").doesNotContain("123456");
        assertThat(StaffPin.parse(stored).matches("123456".toCharArray())).isTrue();
        assertThat(StaffPin.of("123456".toCharArray(), FEW).stored()).as("a fresh salt each time").isNotEqualTo(stored);
    }

    @Test
    void aNewPinIsHashedWithTheFullIterationCount() {
        assertThat(StaffPin.of("0000".toCharArray()).stored()).startsWith("pbkdf2-sha256$" + StaffPin.ITERATIONS + "$");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "1234567890123", "12a4", "    "})
    void aNewPinHasFourToTwelveDigits(String pin) {
        assertThatThrownBy(() -> StaffPin.of(pin.toCharArray(), FEW)).hasMessageContaining("4 to 12 digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234", "sha1$1$AAAA$AAAA", "pbkdf2-sha256$x$AAAA$AAAA", "pbkdf2-sha256$1000$AAAA$AAAA",
        "pbkdf2-sha256$1000$!!$AAAA"})
    void aDamagedStoredPinIsRefusedWithTheReason(String stored) {
        assertThatThrownBy(() -> StaffPin.parse(stored)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("staff PIN");
    }
}
