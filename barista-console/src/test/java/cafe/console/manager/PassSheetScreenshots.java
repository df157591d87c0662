package cafe.console.manager;

import cafe.terminal.i18n.Language;
import cafe.terminal.testing.MutableClock;
import cafe.terminal.testing.Snapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Writes docs/screenshots/manager-pass-sheet.png: the PIN sheet over a half-typed price, from a real
 * store whose clock runs past the pass's 12 hours. Run with {@code -Dscreenshots.dir=<absolute dir>}.
 */
@EnabledIfSystemProperty(named = "screenshots.dir", matches = ".+")
class PassSheetScreenshots {

    private static final MutableClock STORE_CLOCK = MutableClock.running();

    @RegisterExtension
    static final ManagerScreenFixture OFFICE = new ManagerScreenFixture("kim", "김민지", "2468", Language.KO,
            STORE_CLOCK);

    @Test
    void theSheetOverAHalfTypedPrice(FxRobot robot) throws Exception {
        OFFICE.signIn(robot);
        ManagerStage.choose(robot, "#items", "아메리카노  ·  4,500원");
        ManagerStage.replace(robot, "#price", "4,800");
        STORE_CLOCK.advance(Duration.ofHours(12).plusMinutes(1));
        robot.clickOn("#item-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#sheet-hint").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Snapshot.write(OFFICE.screen().scene(), Path.of(System.getProperty("screenshots.dir"))
                .resolve("manager-pass-sheet.png"));
    }
}
