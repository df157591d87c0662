package cafe.terminal.app;

import cafe.client.CafeConnection;
import cafe.client.TerminalConfig;
import cafe.client.jms.CafeClients;
import cafe.terminal.fx.TerminalScene;
import cafe.terminal.i18n.Texts;
import cafe.terminal.launch.ExitStatus;
import cafe.terminal.launch.Program;
import cafe.terminal.launch.TerminalCommand;
import cafe.terminal.launch.TerminalLauncher;
import cafe.terminal.lock.ApplianceLock;
import cafe.terminal.lock.PinAttempts;
import cafe.client.staff.StaffPin;
import cafe.terminal.window.TerminalStage;
import cafe.terminal.window.WindowMode;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start-up every store screen shares: reads the command line, lets the program build its screen
 * (load its terminal file, prepare its connection, wire its view models), shows the window in its
 * mode (locked as an appliance, full screen, maximized or a normal window), opens the screen, starts
 * the connection (the screen has subscribed to its events by then), and on stop closes the
 * screen and then everything the program registered, last opened first closed. A program that
 * cannot start says why in the log (and, in a window on a desktop, in a dialog) and ends with
 * {@link ExitStatus#FAILED}, so a supervisor starts it again.
 */
public abstract class TerminalApp<O extends TerminalCommand> extends Application {

    /** The kit's own words, for the staff PIN pad. */
    public static final String KIT_TEXTS = "cafe.terminal.i18n.terminal";

    /** Not static: a launcher names the program's log file before the first logger is made. */
    private final Logger log = LoggerFactory.getLogger(TerminalApp.class);
    private final Program program;
    private final Supplier<O> commandLine;
    private final Deque<AutoCloseable> parts = new ArrayDeque<>();
    private final List<CafeConnection> startOnOpen = new ArrayList<>();
    private TerminalScreen screen;
    private TerminalStage window;
    private ApplianceLock lock;

    /** @param commandLine a fresh picocli command of the program, to read the arguments into */
    protected TerminalApp(Program program, Supplier<O> commandLine) {
        this.program = program;
        this.commandLine = commandLine;
    }

    /**
     * Builds the screen on the JavaFX thread: the program reads its terminal file ({@code config}),
     * prepares its connection ({@link #connect}) and wires its view models and views. Whatever must
     * be closed on stop is registered with {@link #closeOnStop}.
     */
    protected abstract TerminalScreen open(O options, Path config) throws IOException;

    @Override
    public final void start(Stage stage) {
        O options = parse(getParameters().getRaw());
        Path config = options.terminal().config(program.role());
        WindowMode mode = options.terminal().mode(program.storeMode());
        try {
            screen = open(options, config);
        } catch (IOException | RuntimeException e) {
            failed(config, mode, e);
            return;
        }
        stage.setScene(screen.scene().scene());
        stage.titleProperty().bind(screen.title());
        window = TerminalStage.show(stage, mode, options.terminal().geometry());
        if (mode == WindowMode.APPLIANCE) {
            lock = lock(stage, screen.scene(), config, options);
        }
        screen.open().run();
        startOnOpen.forEach(CafeConnection::start);
        log.info("The {} is open: {}, terminal file {}", program.name(), mode, config.toAbsolutePath());
    }

    @Override
    public final void stop() {
        if (screen != null) {
            screen.close().run();
        }
        while (!parts.isEmpty()) {
            AutoCloseable part = parts.pop();
            try {
                part.close();
            } catch (Exception e) {
                log.warn("Closing {} failed: {}", part, e.toString());
            }
        }
        log.info("The {} has stopped", program.name());
    }

    /**
     * Reads the terminal file for a connection that starts connecting (in the background) once the
     * screen is open, its events subscribed, so that its first CONNECTED means the screen follows
     * them all; the connection closes on stop.
     */
    protected final CafeConnection connect(Path config) throws IOException {
        TerminalConfig terminal = TerminalConfig.load(config);
        log.info("The {} connects to {}", program.name(), terminal);
        CafeConnection connection = closeOnStop(CafeClients.prepare(terminal));
        startOnOpen.add(connection);
        return connection;
    }

    /** Closes this part when the program stops, after the screen and before what was registered earlier. */
    protected final <T extends AutoCloseable> T closeOnStop(T part) {
        parts.push(part);
        return part;
    }

    /** F11 on a board: full screen and back to a normal window. */
    protected final void toggleFullScreen() {
        if (window != null && lock == null) {
            window.toggleFullScreen();
        }
    }

    /** Ends the program with this status: the JavaFX application exits, then the process. */
    protected void end(int status) {
        ExitStatus.onClose(status);
        Platform.exit();
    }

    /** The clock the staff PIN's lock-out runs on. */
    protected Clock clock() {
        return Clock.systemDefaultZone();
    }

    private O parse(List<String> args) {
        O options = commandLine.get();
        TerminalLauncher.commandLine(program, options).parseArgs(args.toArray(String[]::new));
        return options;
    }

    private ApplianceLock lock(Stage stage, TerminalScene scene, Path config, O options) {
        ExecutorService checker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "staff-pin");
            thread.setDaemon(true);
            return thread;
        });
        closeOnStop(checker::shutdownNow);
        PinAttempts attempts = pinAttempts(config);
        return ApplianceLock.install(stage, scene, attempts, checker, Texts.of(KIT_TEXTS, options.language()),
                clock(), () -> {
                    log.info("Staff left the {} with the PIN", program.name());
                    end(ExitStatus.DONE);
                });
    }

    /**
     * The staff PIN and the owner's code from the terminal file; without a staff PIN (or with a
     * damaged one) the screen cannot be left.
     */
    private PinAttempts pinAttempts(Path config) {
        Properties file;
        try {
            file = TerminalFile.read(config);
        } catch (IOException e) {
            log.error("The staff PIN in {} cannot be read ({}): staff cannot leave the {} from its screen",
                    config.toAbsolutePath(), e.getMessage(), program.name());
            return new PinAttempts(null, null, clock());
        }
        String key = program.staffPinKey();
        if (file.getProperty(key, "").isBlank()) {
            log.warn("{} has no {}: staff cannot leave the {} from its screen; "
                    + "make one with the hash-pin command", config.toAbsolutePath(), key, program.name());
        }
        return new PinAttempts(hash(file, key, config), hash(file, program.ownerCodeKey(), config), clock());
    }

    /** The hash under {@code key}, or null when there is none or it is damaged. */
    private StaffPin hash(Properties file, String key, Path config) {
        String stored = file.getProperty(key, "");
        try {
            return stored.isBlank() ? null : StaffPin.parse(stored);
        } catch (IllegalArgumentException e) {
            log.error("The {} in {} cannot be read ({}): it does not leave the {}", key, config.toAbsolutePath(),
                    e.getMessage(), program.name());
            return null;
        }
    }

    private void failed(Path config, WindowMode mode, Exception e) {
        String reason = e instanceof NoSuchFileException
                ? "There is no terminal file at " + config.toAbsolutePath()
                        + ": the StoreServer writes one when it starts; or give --config FILE."
                : e.getMessage();
        if (e instanceof IOException) {
            log.error("The {} cannot start: {}", program.name(), reason);
        } else {
            log.error("The {} cannot start: {}", program.name(), reason, e);
        }
        if (mode == WindowMode.WINDOWED || mode == WindowMode.MAXIMIZED) {
            Alert alert = new Alert(Alert.AlertType.ERROR, reason);
            alert.setHeaderText("The " + program.name() + " cannot start");
            alert.showAndWait();
        }
        end(ExitStatus.FAILED);
    }
}
