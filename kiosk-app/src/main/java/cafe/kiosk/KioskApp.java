package cafe.kiosk;

import cafe.client.CafeConnection;
import cafe.kiosk.flow.KioskViewModel;
import cafe.kiosk.i18n.KioskTexts;
import cafe.kiosk.screen.KioskWindow;
import cafe.kiosk.speech.Announcer;
import cafe.kiosk.speech.Speech;
import cafe.kiosk.speech.SpeechEngines;
import cafe.kiosk.speech.SpokenGuide;
import cafe.terminal.app.TerminalApp;
import cafe.terminal.app.TerminalScreen;
import cafe.terminal.launch.Program;
import cafe.terminal.time.TerminalClock;
import cafe.terminal.window.WindowMode;
import java.io.IOException;
import java.nio.file.Path;
import javafx.application.Platform;

/** The kiosk's composition root: reads its terminal file, connects, and opens the customer's screen. */
public final class KioskApp extends TerminalApp<KioskOptions> {

    public static final Program PROGRAM = new Program("kiosk", "kiosk", WindowMode.APPLIANCE);
    /** A portrait touchscreen; a window on a smaller monitor is scaled down to fit. */
    private static final double WIDTH = 1080;
    private static final double HEIGHT = 1920;

    public KioskApp() {
        super(PROGRAM, KioskOptions::new);
    }

    @Override
    protected TerminalScreen open(KioskOptions options, Path config) throws IOException {
        CafeConnection connection = connect(config);
        KioskViewModel viewModel = new KioskViewModel(connection, options.kioskId(),
                KioskTexts.in(options.language()), TerminalClock.systemDefaultZone(), Platform::runLater);
        Speech speech = SpeechEngines.installed();
        Announcer announcer = new Announcer(speech, () -> viewModel.texts().locale());
        // the guide listens first, so a screen's title is said before the control the window focuses
        SpokenGuide.attach(viewModel, announcer);
        KioskWindow window = options.landscape()
                ? new KioskWindow(viewModel, announcer, HEIGHT, WIDTH)
                : new KioskWindow(viewModel, announcer, WIDTH, HEIGHT);
        return new TerminalScreen(window.scene(), viewModel.windowTitle(), window::open, () -> {
            window.close();
            speech.close();
        });
    }
}
