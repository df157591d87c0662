package cafe.kiosk.testing;

import static org.awaitility.Awaitility.await;

import cafe.client.jms.CafeClients;
import cafe.client.CafeConnection;
import cafe.contract.wire.Role;
import cafe.core.server.RunningStore;
import cafe.kiosk.i18n.KioskTexts;
import cafe.terminal.i18n.Texts;
import cafe.kiosk.flow.KioskViewModel;
import cafe.kiosk.screen.KioskWindow;
import cafe.kiosk.speech.Announcer;
import cafe.kiosk.speech.RecordingSpeech;
import cafe.kiosk.speech.SpokenGuide;
import cafe.terminal.testing.MutableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real kiosk window on a headless stage, connected with the kiosk role to a real StoreServer, with
 * a clock the test moves. Taps and keys go through the TestFX robot, as a customer's would; what
 * the kiosk says aloud is written down by a recording speech engine.
 */
public final class KioskStage implements AutoCloseable {

    public static final Duration PATIENCE = Duration.ofSeconds(15);

    public final MutableClock clock = MutableClock.at("2026-12-02T01:00:00Z");
    public final FxRobot robot = new FxRobot();
    private final CafeConnection connection;
    private final RecordingSpeech speech = new RecordingSpeech();
    private KioskViewModel viewModel;
    private KioskWindow window;
    private Stage stage;

    private KioskStage(CafeConnection connection) {
        this.connection = connection;
    }

    /** Opens a portrait kiosk on the store, in Korean, and waits until it may take orders. */
    public static KioskStage open(RunningStore store) throws Exception {
        return open(store, KioskTexts.korean(), 1080, 1920);
    }

    public static KioskStage open(RunningStore store, Texts texts, double width, double height) throws Exception {
        KioskStage kiosk = new KioskStage(CafeClients.connect(store.server().terminalConfig(Role.KIOSK)));
        kiosk.show(texts, width, height);
        kiosk.until(() -> kiosk.viewModel.orderingOpen().get());
        return kiosk;
    }

    private void show(Texts texts, double width, double height) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        onFx(() -> {
            viewModel = new KioskViewModel(connection, "kiosk-test", texts, clock, Platform::runLater);
            Announcer announcer = new Announcer(speech, () -> viewModel.texts().locale());
            SpokenGuide.attach(viewModel, announcer);
            window = new KioskWindow(viewModel, announcer, width, height);
            stage.setScene(window.scene().scene());
            stage.setWidth(width);
            stage.setHeight(height);
            stage.show();
            stage.toFront();
            window.open();
        });
    }

    public KioskViewModel viewModel() {
        return viewModel;
    }

    /** What the kiosk has said aloud so far. */
    public RecordingSpeech speech() {
        return speech;
    }

    // what the customer does

    public KioskStage tap(String id) {
        until(() -> node(id) != null && node(id).isVisible() && !node(id).isDisabled());
        robot.clickOn(node(id)); // waits for the events it sets off
        return this;
    }

    public KioskStage press(KeyCode... keys) {
        for (KeyCode key : keys) {
            robot.push(key);
        }
        return this;
    }

    /** Paid: passes the optional contact step with "No, thanks" and waits for the order number. */
    public KioskStage skipContact() {
        tap("contact-skip");
        until(() -> visible("order-number"));
        return this;
    }

    /** Taps the contact step's on-screen keys for these letters and digits, one by one. */
    public KioskStage tapKeys(String lettersAndDigits) {
        lettersAndDigits.chars().forEach(key -> tap("contact-key-" + (char) key));
        return this;
    }

    /** Tabs until the node with this id has the focus, then presses Enter: a keypad user's way. */
    public KioskStage keyTo(String id) {
        java.util.List<String> visited = new java.util.ArrayList<>();
        for (int presses = 0; presses < 80 && !focused(id); presses++) {
            robot.push(KeyCode.TAB);
            visited.add(call(() -> String.valueOf(window.scene().scene().getFocusOwner())));
        }
        if (!focused(id)) {
            throw new AssertionError("Tab never reached #" + id + "; it went " + visited.subList(0, Math.min(12, visited.size())));
        }
        return press(KeyCode.ENTER);
    }

    /** Lets time pass on the kiosk's clock and ticks it, as its one-second timer would. */
    public void passTime(Duration time) {
        onFx(() -> {
            clock.advance(time);
            viewModel.tick();
        });
    }

    // what the customer sees

    public Node node(String id) {
        return call(() -> window.scene().scene().lookup("#" + id));
    }

    public String text(String id) {
        return call(() -> {
            Node node = window.scene().scene().lookup("#" + id);
            return node instanceof Labeled labeled ? labeled.getText() : null;
        });
    }

    public boolean visible(String id) {
        return call(() -> {
            Node node = window.scene().scene().lookup("#" + id);
            return node != null && node.isVisible() && node.getScene() != null && shown(node);
        });
    }

    public boolean focused(String id) {
        return call(() -> {
            Node owner = window.scene().scene().getFocusOwner();
            return owner != null && id.equals(owner.getId());
        });
    }

    public void until(Callable<Boolean> condition) {
        await().atMost(PATIENCE).ignoreExceptions().until(() -> call(condition));
    }

    public <T> void until(Supplier<T> actual, java.util.function.Predicate<T> expected) {
        await().atMost(PATIENCE).ignoreExceptions().until(() -> expected.test(call(actual::get)));
    }

    /** Waits until the node with this id has the keyboard focus, and says who has it if it never comes. */
    public void untilFocused(String id) {
        try {
            await().atMost(PATIENCE).until(() -> focused(id));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("#" + id + " never got the focus; "
                    + call(() -> String.valueOf(window.scene().scene().getFocusOwner())) + " has it", e);
        }
    }

    public void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void onFx(Runnable action) {
        try {
            WaitForAsyncUtils.asyncFx(action).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("FX action failed", e);
        }
        settle();
    }

    public <T> T call(Callable<T> question) {
        try {
            return WaitForAsyncUtils.asyncFx(question).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("FX question failed", e);
        }
    }

    /** The screen as shown, once its fade-in is over. */
    public void snapshot(Path file) {
        until(() -> ((Parent) window.scene().scene().getRoot().lookup(".screen-host")).getChildrenUnmodifiable()
                .stream().allMatch(screen -> screen.getOpacity() == 1));
        try {
            WritableImage image = call(() -> window.scene().scene().snapshot(null));
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The node and every parent of it are visible. */
    public static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        onFx(() -> {
            window.close();
            stage.hide();
        });
        connection.close();
    }
}
