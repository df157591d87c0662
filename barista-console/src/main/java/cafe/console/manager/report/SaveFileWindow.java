package cafe.console.manager.report;

import cafe.terminal.i18n.Texts;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's save dialog over the window in front (the back office), for spreadsheet (CSV) files. */
public final class SaveFileWindow implements SaveAs {

    private final Texts texts;

    public SaveFileWindow(Texts texts) {
        this.texts = texts;
    }

    @Override
    public Optional<Path> ask(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("report.saveTitle"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("report.csvFiles"), "*.csv"));
        Window front = Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
        return Optional.ofNullable(chooser.showSaveDialog(front)).map(File::toPath);
    }
}
