package cafe.terminal.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeometryTest {

    /** A laptop's usable area below a 30 px top panel. */
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 30, 1920, 1050);

    @Test
    void pixelsPlaceTheWindowOnTheUsableArea() {
        assertThat(Geometry.parse("800x600+40+20").on(LAPTOP)).isEqualTo(new Rectangle2D(40, 50, 800, 600));
    }

    @Test
    void percentsShareTheScreen() {
        assertThat(Geometry.parse("25%x100%+0+0").on(LAPTOP)).isEqualTo(new Rectangle2D(0, 30, 480, 1050));
        assertThat(Geometry.parse("75%x50%+25%+50%").on(LAPTOP)).isEqualTo(new Rectangle2D(480, 555, 1440, 525));
    }

    @Test
    void withoutAPlaceTheWindowIsCentred() {
        assertThat(Geometry.parse("1000x500").on(LAPTOP)).isEqualTo(new Rectangle2D(460, 305, 1000, 500));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "800", "800x", "x600", "800x600+10", "-800x600", "0x600", "120%x50%", "8OOx600"})
    void anythingElseIsRefusedWithTheFormat(String text) {
        assertThatThrownBy(() -> Geometry.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
