package cafe.console.manager.menu;

import cafe.console.manager.office.Desk;
import cafe.console.manager.office.SectionScreen;
import cafe.terminal.fx.Fxml;
import javafx.scene.Node;

/** The menu editor as a back-office section. */
public final class MenuScreen implements SectionScreen {

    private final MenuEditorViewModel editor;
    private final MenuEditorView view;

    public MenuScreen(Desk desk) {
        this.editor = new MenuEditorViewModel(desk.client(), desk.texts(), desk.ui(), desk.calls());
        this.view = new MenuEditorView(editor);
    }

    @Override
    public String titleKey() {
        return "editor.title";
    }

    @Override
    public Node open() {
        Node node = Fxml.load(MenuEditorView.class, "MenuEditor.fxml", editor.texts().bundle(), view);
        editor.open();
        return node;
    }

    @Override
    public void close() {
        view.dispose();
        editor.close();
    }

    @Override
    public void storeReached() {
        editor.readMenu();
    }
}
