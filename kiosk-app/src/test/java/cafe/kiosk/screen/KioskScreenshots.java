package cafe.kiosk.screen;

import cafe.client.CafeConnection;
import cafe.contract.menu.SetAvailability;
import cafe.contract.wire.Role;
import cafe.core.server.RunningStore;
import cafe.core.server.StoreConfig;
import cafe.kiosk.i18n.KioskTexts;
import cafe.kiosk.pay.PaymentStage;
import cafe.kiosk.testing.Connected;
import cafe.kiosk.testing.KioskStage;
import cafe.terminal.i18n.Texts;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** Writes docs/screenshots/kiosk-*.png: run with {@code -Dscreenshots.dir=<absolute dir>} (./cafe screenshots). */
@EnabledIfSystemProperty(named = "screenshots.dir", matches = ".+")
class KioskScreenshots {

    @TempDir
    static Path data;
    private static RunningStore store;
    private final Path dir = Path.of(System.getProperty("screenshots.dir", "."));

    @BeforeAll
    static void openTheStore() throws Exception {
        store = new RunningStore(StoreConfig.forTests(data));
        try (CafeConnection barista = Connected.as(Role.BARISTA, store)) {
            barista.barista().setAvailability(new SetAvailability("einspanner", false)).get();
        }
    }

    @AfterAll
    static void closeTheStore() throws Exception {
        store.close();
    }

    @Test
    void korean() throws Exception {
        walk(KioskTexts.korean(), false, "ko");
    }

    @Test
    void english() throws Exception {
        walk(KioskTexts.english(), false, "en");
    }

    @Test
    void accessible() throws Exception {
        walk(KioskTexts.korean(), true, "accessible");
    }

    @Test
    void landscapeAndIdle() throws Exception {
        try (KioskStage kiosk = KioskStage.open(store, KioskTexts.english(), 1920, 1080)) {
            kiosk.tap("start-take-out");
            kiosk.snapshot(dir.resolve("kiosk-menu-landscape-en.png"));
            kiosk.tap("item-americano").tap("item-add");
            kiosk.passTime(Duration.ofSeconds(93));
            kiosk.snapshot(dir.resolve("kiosk-idle-en.png"));
        }
    }

    @Test
    void storeUnreachable(@TempDir Path ownData) throws Exception {
        try (RunningStore own = new RunningStore(StoreConfig.forTests(ownData));
             KioskStage kiosk = KioskStage.open(own, KioskTexts.korean(), 1080, 1920)) {
            kiosk.tap("start-dine-in").tap("item-americano").tap("item-add");
            own.stop();
            kiosk.until(() -> kiosk.visible("offline-overlay"));
            kiosk.snapshot(dir.resolve("kiosk-offline-ko.png"));
            own.start();
        }
    }

    private void walk(Texts texts, boolean accessible, String mode) throws Exception {
        try (KioskStage kiosk = KioskStage.open(store, texts, 1080, 1920)) {
            if (accessible) {
                kiosk.tap("accessible-button");
            }
            kiosk.snapshot(dir.resolve("kiosk-start-" + mode + ".png"));
            kiosk.keyTo("start-dine-in");
            kiosk.snapshot(dir.resolve("kiosk-menu-" + mode + ".png"));
            kiosk.keyTo("category-latte").keyTo("item-cafe-latte").keyTo("option-temp-iced").keyTo("option-milk-oat")
                    .keyTo("item-more");
            kiosk.snapshot(dir.resolve("kiosk-item-" + mode + ".png"));
            kiosk.keyTo("item-add").keyTo("category-coffee").keyTo("item-americano").keyTo("item-add")
                    .keyTo("category-dessert").keyTo("item-butter-croissant").keyTo("item-add");
            kiosk.keyTo("cart-button");
            kiosk.until(() -> kiosk.viewModel().cartScreen().waitEstimate().getValue() != null);
            kiosk.snapshot(dir.resolve("kiosk-cart-" + mode + ".png"));
            kiosk.keyTo("pay-button");
            kiosk.snapshot(dir.resolve("kiosk-pay-" + mode + ".png"));
            kiosk.keyTo("card-decline");
            kiosk.until(() -> kiosk.viewModel().checkout().stageProperty().get() == PaymentStage.DECLINED);
            kiosk.snapshot(dir.resolve("kiosk-declined-" + mode + ".png"));
            kiosk.keyTo("pay-another").keyTo("card-approve");
            kiosk.until(() -> kiosk.visible("contact-keyboard"));
            kiosk.tapKeys("01098765432");
            kiosk.snapshot(dir.resolve("kiosk-contact-phone-" + mode + ".png"));
            kiosk.tap("contact-email").tapKeys("minji").tap("contact-key-underscore").tapKeys("88").tap("contact-key-naver");
            kiosk.snapshot(dir.resolve("kiosk-contact-email-" + mode + ".png"));
            kiosk.skipContact();
            kiosk.snapshot(dir.resolve("kiosk-done-" + mode + ".png"));
        }
    }
}
