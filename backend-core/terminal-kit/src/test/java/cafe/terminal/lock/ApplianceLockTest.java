package cafe.terminal.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.client.staff.PinTries;
import cafe.client.staff.StaffPin;
import cafe.terminal.fx.TerminalScene;
import cafe.terminal.i18n.Language;
import cafe.terminal.i18n.Texts;
import cafe.terminal.testing.MutableClock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A kiosk locked as an appliance: nothing closes it but the staff PIN. */
class ApplianceLockTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final FxRobot robot = new FxRobot();
    private final MutableClock clock = MutableClock.at("2026-12-02T09:00:00Z");
    private final ExecutorService checker = Executors.newSingleThreadExecutor();
    private final AtomicInteger left = new AtomicInteger();
    private final AtomicInteger keysReachingTheKiosk = new AtomicInteger();
    private final AtomicInteger closesReachingTheKiosk = new AtomicInteger();
    private final PinAttempts attempts = new PinAttempts(StaffPin.of("2468".toCharArray(), 1_000),
            StaffPin.of("2024122599".toCharArray(), 1_000), clock);
    private Stage stage;
    private ApplianceLock lock;

    @BeforeEach
    void lockedKiosk() throws Exception {
        FxToolkit.registerPrimaryStage();
        onFx(() -> {
            TerminalScene scene = new TerminalScene(800, 600);
            StackPane kiosk = new StackPane(new Label("Welcome"));
            kiosk.setId("kiosk");
            scene.show(kiosk);
            // as the kiosk takes its keys: a filter on its scene (Enter presses the focused button)
            scene.scene().addEventFilter(KeyEvent.KEY_PRESSED, key -> keysReachingTheKiosk.incrementAndGet());
            stage = new Stage();
            stage.setScene(scene.scene());
            stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, close -> closesReachingTheKiosk.incrementAndGet());
            stage.show();
            stage.toFront();
            lock = ApplianceLock.install(stage, scene, attempts, checker,
                    Texts.of("cafe.terminal.i18n.terminal", Language.EN), clock, left::incrementAndGet);
            return null;
        });
    }

    @AfterEach
    void close() throws Exception {
        checker.shutdownNow();
        FxToolkit.cleanupStages();
    }

    @Test
    void theWindowManagersCloseRequestNeverReachesTheKiosk() throws Exception {
        WindowEvent request = onFx(() -> {
            WindowEvent close = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
            Event.fireEvent(stage, close);
            return close;
        });

        assertThat(closesReachingTheKiosk.get()).isZero();
        assertThat(request.getEventType()).isEqualTo(WindowEvent.WINDOW_CLOSE_REQUEST);
        assertThat(onFx(stage::isShowing)).isTrue();
        assertThat(left.get()).isZero();
    }

    @Test
    void theUsualExitKeysDoNothingWhileOtherKeysStillReachTheKiosk() throws Exception {
        robot.push(KeyCode.ESCAPE);
        robot.push(KeyCode.CONTROL, KeyCode.Q);
        robot.push(KeyCode.CONTROL, KeyCode.W);
        robot.push(KeyCode.ALT, KeyCode.F4);
        WaitForAsyncUtils.waitForFxEvents();
        int afterExitKeys = keysReachingTheKiosk.get();

        robot.push(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(stage::isShowing)).isTrue();
        assertThat(padShown()).isFalse();
        assertThat(keysReachingTheKiosk.get()).as("the A").isEqualTo(afterExitKeys + 1);
        assertThat(left.get()).isZero();
    }

    @Test
    void theStaffKeysOpenThePadAndOnlyTheRightPinLeaves() throws Exception {
        openPadWithKeys();

        typeOnPad("1111");
        await().atMost(PATIENCE).until(() -> message().equals("Wrong PIN. 4 more tries"));
        assertThat(left.get()).isZero();

        typeOnPad("2468");
        await().atMost(PATIENCE).until(() -> left.get() == 1);
    }

    @Test
    void aPinTypedOnAKeyboardCountsAndNeverReachesTheKiosk() throws Exception {
        openPadWithKeys();
        int before = keysReachingTheKiosk.get();

        robot.type(KeyCode.DIGIT2, KeyCode.DIGIT4, KeyCode.DIGIT6, KeyCode.BACK_SPACE, KeyCode.DIGIT6, KeyCode.DIGIT8);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> ((Label) robot.lookup("#pin-dots").query()).getText())).isEqualTo("●●●●");
        robot.push(KeyCode.ENTER);

        await().atMost(PATIENCE).until(() -> left.get() == 1);
        assertThat(keysReachingTheKiosk.get()).isEqualTo(before);
    }

    @Test
    void theFifthWrongPinHoldsThePadBackThirtySecondsEvenForTheRightPin() throws Exception {
        wrongPins(PinTries.TRIES - 1);
        openPadWithKeys();

        typeOnPad("1357");
        await().atMost(PATIENCE).until(() -> message().equals("Too many wrong PINs. Try again in 30 s"));
        typeOnPad("2468");
        await().atMost(PATIENCE).until(() -> message().equals("Too many wrong PINs. Try again in 30 s"));
        assertThat(left.get()).isZero();

        clock.advance(PinTries.FIRST_WAIT);
        typeOnPad("2468");
        await().atMost(PATIENCE).until(() -> left.get() == 1);
    }

    @Test
    void aPadOpenedDuringAWaitSaysHowLongItStillLasts() throws Exception {
        wrongPins(PinTries.TRIES + 4);
        clock.advance(Duration.ofMinutes(3));

        openPadDuringAWait();

        assertThat(message()).as("the ninth wrong PIN's wait, the longest")
                .isEqualTo("Too many wrong PINs. Try again in 2 min");
    }

    @Test
    void theOwnersCodeLeavesAPadThatWrongPinsHoldBack() throws Exception {
        wrongPins(PinTries.TRIES + 4);
        openPadDuringAWait();
        assertThat(message()).isEqualTo("Too many wrong PINs. Try again in 5 min");

        typeOnPad("2024122599");

        await().atMost(PATIENCE).until(() -> left.get() == 1);
    }

    @Test
    void holdingTheTopLeftCornerOpensThePadAndEscapeClosesIt() throws Exception {
        robot.moveTo(stage.getX() + 5, stage.getY() + 5).press(MouseButton.PRIMARY);
        await().atMost(PATIENCE).until(this::padShown);
        robot.release(MouseButton.PRIMARY);

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(padShown()).isFalse();
        assertThat(onFx(stage::isShowing)).isTrue();
    }

    @Test
    void aTapInTheCornerIsJustATap() throws Exception {
        robot.moveTo(stage.getX() + 5, stage.getY() + 5).clickOn(MouseButton.PRIMARY);

        await().during(ApplianceLock.HOLD.plusSeconds(1)).atMost(ApplianceLock.HOLD.plusSeconds(3))
                .until(() -> !padShown());
    }

    @Test
    void cancelClosesThePadAndTheKioskGoesOn() throws Exception {
        openPadWithKeys();

        robot.clickOn("#pin-cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(padShown()).isFalse();
        assertThat(lock.isPadOpen()).isFalse();
    }

    private void openPadWithKeys() throws Exception {
        openPadDuringAWait();
        assertThat(message()).isEqualTo("Enter the staff PIN to close the kiosk");
    }

    private void openPadDuringAWait() {
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.SHIFT, KeyCode.S);
        await().atMost(PATIENCE).until(this::padShown);
    }

    /** Wrong PINs typed one after another, each once the wait before it is over. */
    private void wrongPins(int count) {
        for (int i = 0; i < count; i++) {
            attempts.lockedUntil().ifPresent(until -> clock.advance(Duration.between(clock.instant(), until)));
            attempts.check("1357".toCharArray());
        }
    }

    private void typeOnPad(String pin) {
        for (char digit : pin.toCharArray()) {
            robot.clickOn("#pin-key-" + digit);
        }
        robot.clickOn("#pin-ok");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean padShown() throws Exception {
        return onFx(() -> {
            Node pad = stage.getScene().lookup("#pin-pad");
            return pad != null && pad.isVisible() && pad.getParent() != null;
        });
    }

    private String message() throws Exception {
        return onFx(() -> ((Label) stage.getScene().lookup("#pin-message")).getText());
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get();
    }
}
