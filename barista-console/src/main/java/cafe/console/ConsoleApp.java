package cafe.console;

import cafe.client.jms.CafeClients;
import cafe.client.CafeConnection;
import cafe.client.TerminalConfig;
import cafe.console.bar.ConsoleViewModel;
import cafe.console.bar.ConsoleWindow;
import cafe.console.bar.StationSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The console's composition root: reads its config, connects, and wires the screen. */
public final class ConsoleApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleApp.class);

    private CafeConnection connection;
    private ConsoleWindow window;
    private ToneChime chime;

    @Override
    public void start(Stage stage) {
        ConsoleOptions options = ConsoleOptions.parse(getParameters().getRaw());
        StationSettings settings;
        try {
            TerminalConfig config = TerminalConfig.load(options.config());
            StationSettings fromFile = readSettings(options.config());
            settings = options.station().map(fromFile::withStation).orElse(fromFile);
            LOG.info("Barista console {} connecting to {}", settings.station(), config);
            connection = CafeClients.connect(config);
        } catch (IOException | RuntimeException e) {
            LOG.error("Cannot start the console with {}: {}", options.config(), e.toString());
            new Alert(Alert.AlertType.ERROR, "Barista console: " + e.getMessage()).showAndWait();
            Platform.exit();
            return;
        }
        chime = new ToneChime();
        ConsoleViewModel viewModel = new ConsoleViewModel(connection, settings, Clock.systemDefaultZone(),
                Platform::runLater, chime);
        window = new ConsoleWindow(viewModel, 1920, 1080);
        stage.setTitle(viewModel.texts().get("app.title") + " · " + settings.station());
        stage.setScene(window.scene());
        stage.setMaximized(true);
        stage.show();
        window.open();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (connection != null) {
            connection.close();
        }
        if (chime != null) {
            chime.close();
        }
    }

    private static StationSettings readSettings(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(file + " cannot be read", e);
        }
        return StationSettings.from(p);
    }
}
