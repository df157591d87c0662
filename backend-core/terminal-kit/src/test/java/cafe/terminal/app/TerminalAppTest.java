package cafe.terminal.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.terminal.fx.TerminalScene;
import cafe.terminal.launch.ExitStatus;
import cafe.terminal.launch.Program;
import cafe.terminal.launch.TerminalCommand;
import cafe.terminal.launch.TerminalOptions;
import cafe.client.staff.StaffPin;
import cafe.terminal.window.WindowMode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The start-up every screen shares, with a screen that only records what happens to it. */
class TerminalAppTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final List<String> EVENTS = new CopyOnWriteArrayList<>();

    @TempDir
    Path folder;
    private Stage stage;
    private RecordingApp app;

    @Command(name = "cafe-recording")
    public static final class Options implements TerminalCommand {
        @Mixin
        private TerminalOptions terminal;

        @Override
        public TerminalOptions terminal() {
            return terminal;
        }
    }

    /** The store mode of the next RecordingApp: JavaFX makes applications by their class alone. */
    private static volatile WindowMode storeMode;
    /** How often the next RecordingApp's connection has reached its broker so far; null: it makes none. */
    private static volatile IntSupplier brokerReached;
    /** Longer than a connection made at once takes to reach a broker on this PC, class loading included. */
    private static final Duration REACH_AT_MOST = Duration.ofSeconds(2);

    /** Reads its terminal file as a real screen does, and records its life. */
    public static final class RecordingApp extends TerminalApp<Options> {

        public RecordingApp() {
            super(new Program("recording", "recording", storeMode), Options::new);
        }

        @Override
        protected TerminalScreen open(Options options, Path config) throws java.io.IOException {
            closeOnStop(() -> EVENTS.add("first part closed"));
            TerminalFile.read(config);
            if (brokerReached != null) {
                connect(config);
                // a connection started here would reach the broker meanwhile; this one waits for the screen
                await().during(REACH_AT_MOST).atMost(REACH_AT_MOST.multipliedBy(2))
                        .until(() -> brokerReached.getAsInt() == 0);
            }
            closeOnStop(() -> EVENTS.add("second part closed"));
            TerminalScene scene = new TerminalScene(800, 600);
            scene.show(new StackPane(new Label("recording")));
            return new TerminalScreen(scene, new SimpleStringProperty("Recording"),
                    () -> EVENTS.add("screen opened, broker reached " + reached() + " times"),
                    () -> EVENTS.add("screen closed"));
        }

        private static int reached() {
            return brokerReached == null ? 0 : brokerReached.getAsInt();
        }

        @Override
        protected void end(int status) {
            EVENTS.add("ended with " + status);
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        EVENTS.clear();
        brokerReached = null;
    }

    @Test
    void opensTheScreenInItsWindowAndClosesItThenItsPartsLastFirst() throws Exception {
        start(WindowMode.FULL_SCREEN, "--config", terminalFile("").toString());

        assertThat(onFx(stage::isFullScreen)).isTrue();
        assertThat(onFx(stage::getTitle)).isEqualTo("Recording");
        FxToolkit.cleanupApplication(app);
        app = null;

        assertThat(EVENTS).containsExactly("screen opened, broker reached 0 times", "screen closed",
                "second part closed", "first part closed");
    }

    @Test
    void itsConnectionStartsOnlyOnceTheScreenIsOpenSoTheScreensEventsAreAskedForFirst() throws Exception {
        try (ServerSocket broker = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger reached = new AtomicInteger();
            Thread arrivals = new Thread(() -> countArrivals(broker, reached), "test-broker");
            arrivals.setDaemon(true);
            arrivals.start();
            brokerReached = reached::get;
            Path config = Files.writeString(folder.resolve("recording.properties"),
                    "broker.url=tcp://127.0.0.1:" + broker.getLocalPort() + "\nuser=recording\npassword=secret\n");

            start(WindowMode.FULL_SCREEN, "--config", config.toString());

            await().atMost(PATIENCE).until(() -> reached.get() > 0);
            assertThat(EVENTS).contains("screen opened, broker reached 0 times");
        }
    }

    /** Takes each connection and drops it: all the test asks is whether one came. */
    private static void countArrivals(ServerSocket broker, AtomicInteger reached) {
        while (!broker.isClosed()) {
            try (Socket arrived = broker.accept()) {
                reached.incrementAndGet();
            } catch (IOException closed) {
                return;
            }
        }
    }

    @Test
    void withoutItsTerminalFileItEndsAsFailedAndClosesWhatItHadOpened() throws Exception {
        start(WindowMode.FULL_SCREEN, "--config", folder.resolve("missing.properties").toString());

        await().atMost(PATIENCE).until(() -> EVENTS.contains("ended with " + ExitStatus.FAILED));
        assertThat(EVENTS).noneMatch(event -> event.startsWith("screen opened"));
        FxToolkit.cleanupApplication(app);
        app = null;
        assertThat(EVENTS).containsExactly("ended with " + ExitStatus.FAILED, "first part closed");
    }

    @Test
    void aWindowedScreenGoesWhereItsGeometrySays() throws Exception {
        start(WindowMode.FULL_SCREEN, "--config", terminalFile("").toString(), "--windowed", "--geometry", "50%x50%+0+0");

        Rectangle2D screen = onFx(() -> Screen.getPrimary().getVisualBounds());
        assertThat(onFx(stage::isFullScreen)).isFalse();
        assertThat(onFx(stage::getWidth)).isEqualTo(screen.getWidth() / 2);
        assertThat(onFx(stage::getHeight)).isEqualTo(screen.getHeight() / 2);
    }

    @Test
    void anApplianceIsLeftWithTheStaffPinFromItsTerminalFile() throws Exception {
        String pin = StaffPin.of("2468".toCharArray(), 1_000).stored();
        start(WindowMode.APPLIANCE, "--config", terminalFile("recording.staff-pin=" + pin).toString());
        FxRobot robot = new FxRobot();

        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.SHIFT, KeyCode.S);
        await().atMost(PATIENCE).until(() -> onFx(() -> stage.getScene().lookup("#pin-pad") != null));
        for (char digit : "2468".toCharArray()) {
            robot.clickOn("#pin-key-" + digit);
        }
        robot.clickOn("#pin-ok");

        await().atMost(PATIENCE).until(() -> EVENTS.contains("ended with " + ExitStatus.DONE));
    }

    @Test
    void anApplianceIsLeftWithTheOwnersCodeFromItsTerminalFile() throws Exception {
        String pin = StaffPin.of("2468".toCharArray(), 1_000).stored();
        String owner = StaffPin.of("2024122599".toCharArray(), 1_000).stored();
        start(WindowMode.APPLIANCE, "--config",
                terminalFile("recording.staff-pin=" + pin + "\nrecording.owner-code=" + owner).toString());
        FxRobot robot = new FxRobot();

        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.SHIFT, KeyCode.S);
        await().atMost(PATIENCE).until(() -> onFx(() -> stage.getScene().lookup("#pin-pad") != null));
        robot.type(KeyCode.DIGIT2, KeyCode.DIGIT0, KeyCode.DIGIT2, KeyCode.DIGIT4, KeyCode.DIGIT1, KeyCode.DIGIT2,
                KeyCode.DIGIT2, KeyCode.DIGIT5, KeyCode.DIGIT9, KeyCode.DIGIT9, KeyCode.ENTER);

        await().atMost(PATIENCE).until(() -> EVENTS.contains("ended with " + ExitStatus.DONE));
    }

    @Test
    void anApplianceWithoutAStaffPinCannotBeLeftFromItsScreen() throws Exception {
        start(WindowMode.APPLIANCE, "--config", terminalFile("").toString());
        FxRobot robot = new FxRobot();

        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.SHIFT, KeyCode.S);
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.ENTER);

        await().atMost(PATIENCE).until(() -> onFx(() ->
                ((Label) stage.getScene().lookup("#pin-message")).getText().startsWith("이 키오스크에는 직원 PIN이")));
        assertThat(EVENTS).doesNotContain("ended with " + ExitStatus.DONE);
    }

    private void start(WindowMode mode, String... args) throws Exception {
        FxToolkit.registerPrimaryStage();
        stage = FxToolkit.registerStage(Stage::new);
        storeMode = mode;
        app = (RecordingApp) FxToolkit.setupApplication(RecordingApp.class, args);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path terminalFile(String extra) throws Exception {
        return Files.writeString(folder.resolve("recording.properties"),
                "broker.url=tcp://127.0.0.1:1\nuser=recording\npassword=secret\n" + extra + "\n");
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get();
    }
}
