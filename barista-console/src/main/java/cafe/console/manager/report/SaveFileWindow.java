package cafe.console.manager.report;

import cafe.terminal.i18n.Texts;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.FileChooser;

/** The system's save dialog over the back office's window, for spreadsheet (CSV) files. */
public final class SaveFileWindow implements SaveAs {

    private final Node over;
    private final Texts texts;

    public SaveFileWindow(Node over, Texts texts) {
        this.over = over;
        this.texts = texts;
    }

    @Override
    public Optional<Path> ask(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("report.saveTitle"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("report.csvFiles"), "*.csv"));
        return Optional.ofNullable(chooser.showSaveDialog(over.getScene().getWindow())).map(File::toPath);
    }
}
