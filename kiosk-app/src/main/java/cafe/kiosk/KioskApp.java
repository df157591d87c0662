package cafe.kiosk;

import cafe.client.jms.CafeClients;
import cafe.client.CafeConnection;
import cafe.client.TerminalConfig;
import cafe.kiosk.flow.KioskViewModel;
import cafe.kiosk.i18n.Texts;
import cafe.kiosk.screen.KioskWindow;
import java.io.IOException;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The kiosk's composition root: reads its terminal file, connects, and opens the customer's screen. */
public final class KioskApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(KioskApp.class);
    /** A portrait touchscreen; scaled down to fit a smaller monitor. */
    private static final double WIDTH = 1080;
    private static final double HEIGHT = 1920;

    private CafeConnection connection;
    private KioskWindow window;

    @Override
    public void start(Stage stage) {
        KioskOptions options = KioskOptions.parse(getParameters().getRaw());
        try {
            TerminalConfig config = TerminalConfig.load(options.config());
            LOG.info("Kiosk {} connecting to {}", options.kioskId(), config);
            connection = CafeClients.connect(config);
        } catch (IOException | RuntimeException e) {
            LOG.error("Cannot start the kiosk with {}: {}", options.config(), e.toString());
            new Alert(Alert.AlertType.ERROR, "Kiosk: " + e.getMessage()).showAndWait();
            Platform.exit();
            return;
        }
        Texts texts = options.english() ? Texts.english() : Texts.korean();
        KioskViewModel viewModel = new KioskViewModel(connection, options.kioskId(), texts,
                Clock.systemDefaultZone(), Platform::runLater);
        double[] size = windowSize(options.landscape());
        window = new KioskWindow(viewModel, size[0], size[1]);
        stage.titleProperty().bind(viewModel.windowTitle());
        stage.setScene(window.scene());
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreen(options.fullscreen());
        stage.show();
        window.open();
    }

    /** The design size, shrunk to fit the monitor (a developer's laptop) but never stretched. */
    private static double[] windowSize(boolean landscape) {
        double width = landscape ? HEIGHT : WIDTH;
        double height = landscape ? WIDTH : HEIGHT;
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double scale = Math.min(1, Math.min(screen.getWidth() / width, screen.getHeight() / height));
        return new double[] {width * scale, height * scale};
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (connection != null) {
            connection.close();
        }
    }
}
