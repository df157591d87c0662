package cafe.console.manager;

import cafe.client.CafeConnection;
import cafe.client.Subscription;
import cafe.console.manager.report.SaveFileWindow;
import cafe.terminal.app.TerminalApp;
import cafe.terminal.app.TerminalScreen;
import cafe.terminal.i18n.Texts;
import cafe.terminal.launch.Program;
import cafe.terminal.window.WindowMode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;

/** The manager screen's composition root: connects as the manager and opens the sign-in card. */
public final class ManagerApp extends TerminalApp<ManagerOptions> {

    public static final Program PROGRAM = new Program("manager", "manager", WindowMode.MAXIMIZED);
    /** Laid out for a back-office monitor; it fits 1280x800 and up. */
    private static final double WIDTH = 1440;
    private static final double HEIGHT = 900;

    public ManagerApp() {
        super(PROGRAM, ManagerOptions::new);
    }

    @Override
    protected TerminalScreen open(ManagerOptions options, Path config) throws IOException {
        CafeConnection connection = connect(config);
        Texts texts = Texts.of(ManagerWindow.TEXTS, options.language());
        // a date picker's calendar names months and weekdays in this locale and takes no other
        Locale.setDefault(Locale.Category.FORMAT, options.language().locale());
        ManagerWindow window = new ManagerWindow(connection.manager(), texts, Platform::runLater,
                new SaveFileWindow(texts), WIDTH, HEIGHT);
        Subscription reached = window.follow(connection);
        return new TerminalScreen(window.scene(), new SimpleStringProperty(texts.get("app.title")), window::open,
                () -> {
                    reached.close();
                    window.close();
                });
    }
}
