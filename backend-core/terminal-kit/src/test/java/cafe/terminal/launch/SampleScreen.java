package cafe.terminal.launch;

import cafe.terminal.app.TerminalApp;
import cafe.terminal.app.TerminalScreen;
import cafe.terminal.fx.TerminalScene;
import cafe.terminal.window.WindowMode;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** A screen program as small as one can be, to launch as the store's screens are launched. */
final class SampleScreen {

    private SampleScreen() {
    }

    @Command(name = "cafe-sample", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
            description = "A sample screen.")
    static final class Options implements TerminalCommand {

        @Mixin
        private TerminalOptions terminal;
        @Mixin
        private LanguageOption language;
        @Option(names = "--end-with", description = "Ends at once with this status.")
        private int status;

        @Override
        public TerminalOptions terminal() {
            return terminal;
        }

        @Override
        public cafe.terminal.i18n.Language language() {
            return language.language();
        }
    }

    /** Shows a label, logs one line about an order, and ends with the status it was given. */
    public static final class App extends TerminalApp<Options> {

        /** Where the store's screens keep theirs: so naming the log file must not depend on loading the app first. */
        static final Program PROGRAM = new Program("sample", "sample", WindowMode.FULL_SCREEN);
        private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(App.class);

        public App() {
            super(PROGRAM, Options::new);
        }

        @Override
        protected TerminalScreen open(Options options, Path config) {
            TerminalScene scene = new TerminalScene(640, 360);
            scene.show(new StackPane(new Label("sample")));
            return new TerminalScreen(scene, new SimpleStringProperty("Sample"), () -> {
                MDC.put("orderId", "order-42");
                LOG.info("The sample screen is up");
                MDC.remove("orderId");
                Platform.runLater(() -> end(options.status));
            }, () -> { });
        }
    }

    /** The sample's main, as a store screen's launcher has one. */
    public static void main(String[] args) {
        TerminalLauncher.launch(App.PROGRAM, App.class, new Options(), args);
    }
}
