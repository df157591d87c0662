package cafe.console;

import cafe.client.CafeConnection;
import cafe.console.bar.ConsoleViewModel;
import cafe.console.bar.ConsoleWindow;
import cafe.console.bar.StationSettings;
import cafe.terminal.app.TerminalApp;
import cafe.terminal.app.TerminalFile;
import cafe.terminal.app.TerminalScreen;
import cafe.terminal.launch.Program;
import cafe.terminal.sound.ChimeTone;
import cafe.terminal.sound.ToneChime;
import cafe.terminal.time.TerminalClock;
import cafe.terminal.window.WindowMode;
import java.io.IOException;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;

/** The console's composition root: reads its station from the terminal file, connects, and wires the screen. */
public final class ConsoleApp extends TerminalApp<ConsoleOptions> {

    public static final Program PROGRAM = new Program("console", "barista", WindowMode.MAXIMIZED);
    /** Laid out for a full-HD screen; it fits 1280x800 and up. */
    private static final double WIDTH = 1920;
    private static final double HEIGHT = 1080;

    public ConsoleApp() {
        super(PROGRAM, ConsoleOptions::new);
    }

    @Override
    protected TerminalScreen open(ConsoleOptions options, Path config) throws IOException {
        StationSettings fromFile = StationSettings.from(TerminalFile.read(config));
        StationSettings settings = options.station().map(fromFile::withStation).orElse(fromFile);
        CafeConnection connection = connect(config);
        ToneChime chime = closeOnStop(new ToneChime("ticket-chime", ChimeTone.sharpDing()));
        ConsoleViewModel viewModel = new ConsoleViewModel(connection, settings, TerminalClock.systemDefaultZone(),
                Platform::runLater, chime);
        ConsoleWindow window = new ConsoleWindow(viewModel, WIDTH, HEIGHT);
        return new TerminalScreen(window.scene(),
                Bindings.createStringBinding(() -> viewModel.texts().get("app.title") + " · " + settings.station(),
                        viewModel.textsProperty()),
                window::open, window::close);
    }
}
