package cafe.kiosk.screen;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.kiosk.testing.KioskStage;
import cafe.kiosk.testing.OneStorePerClass;
import cafe.terminal.testing.ScreenFit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Scene;
import org.junit.jupiter.api.Test;

/**
 * Kiosk screens on the kiosks the store buys (720x1280, 1080x1920 and landscape 1920x1080), in
 * Korean, in English and in accessible mode: no text is cut short ("Rem…") and no control is off the
 * screen. One window, resized in place, carried through one order; drop shadows are left off, as
 * they change no layout and cost the software renderer most of the test's time.
 */
class KioskSizeTest extends OneStorePerClass {

    /** About 9 mm on a 21.5" kiosk, a fingertip: smaller keys are often missed. */
    private static final double SMALLEST_KEY_PX = 40;
    private static final double[][] SIZES = {{720, 1280}, {1080, 1920}, {1920, 1080}};

    private final List<String> problems = new ArrayList<>();

    @Test
    void everyScreenFitsEveryKioskInEveryMode() throws Exception {
        try (KioskStage kiosk = KioskStage.open(store)) {
            ScreenFit.withoutEffects(kiosk.call(() -> kiosk.node("kiosk").getScene()));
            check(kiosk, "start");
            kiosk.tap("start-dine-in");
            check(kiosk, "menu");
            kiosk.tap("category-latte").tap("item-cafe-latte");
            check(kiosk, "item");
            kiosk.tap("item-add").tap("category-dessert").tap("item-butter-croissant").tap("item-add");
            kiosk.tap("cart-button");
            check(kiosk, "cart");
            kiosk.tap("pay-button");
            check(kiosk, "payment");
            kiosk.tap("card-approve");
            kiosk.until(() -> kiosk.visible("contact-field"));
            check(kiosk, "contact, phone keypad");
            kiosk.tap("contact-email");
            check(kiosk, "contact, e-mail keyboard");
            kiosk.skipContact();
            check(kiosk, "done");
        }

        assertThat(problems).isEmpty();
    }

    /** Korean, English, then accessible mode (in English), each at every size; back to Korean after. */
    private void check(KioskStage kiosk, String screen) {
        checkSizes(kiosk, screen + ", Korean");
        kiosk.onFx(() -> kiosk.viewModel().frame().toggleLanguage());
        checkSizes(kiosk, screen + ", English");
        kiosk.onFx(() -> kiosk.viewModel().frame().toggleAccessible());
        checkSizes(kiosk, screen + ", accessible");
        kiosk.onFx(() -> {
            kiosk.viewModel().frame().toggleAccessible();
            kiosk.viewModel().frame().toggleLanguage();
        });
        kiosk.settle();
    }

    private void checkSizes(KioskStage kiosk, String state) {
        kiosk.settle();
        Scene scene = kiosk.call(() -> kiosk.node("kiosk").getScene());
        for (double[] size : SIZES) {
            ScreenFit.resize(scene, size[0], size[1], KioskStage.PATIENCE);
            String where = state + ", " + (int) size[0] + "x" + (int) size[1] + ": ";
            problems.addAll(kiosk.call(() -> Stream.concat(ScreenFit.problems(scene).stream(), smallKeys(scene).stream())
                    .map(problem -> where + problem).toList()));
        }
        ScreenFit.resize(scene, 1080, 1920, KioskStage.PATIENCE);
    }

    /** The contact step's keys share their rows: each stays a finger wide and tall, even on the smallest kiosk. */
    private static List<String> smallKeys(Scene scene) {
        return scene.getRoot().lookupAll(".contact-key").stream()
                .filter(key -> key.getLayoutBounds().getWidth() < SMALLEST_KEY_PX || key.getLayoutBounds().getHeight() < SMALLEST_KEY_PX)
                .map(key -> "#" + key.getId() + " is only " + Math.round(key.getLayoutBounds().getWidth()) + "x"
                        + Math.round(key.getLayoutBounds().getHeight()) + " px")
                .toList();
    }
}
