package cafe.console.manager.menu;

import cafe.console.manager.office.Desk;
import cafe.console.manager.office.SectionScreen;
import cafe.terminal.fx.Fxml;
import javafx.scene.Node;

/** The option groups as a back-office section. */
public final class OptionGroupsScreen implements SectionScreen {

    private final OptionGroupsViewModel groups;
    private final OptionGroupsView view;

    public OptionGroupsScreen(Desk desk) {
        this.groups = new OptionGroupsViewModel(desk.client(), desk.texts(), desk.ui(), desk.calls());
        this.view = new OptionGroupsView(groups);
    }

    @Override
    public String titleKey() {
        return "groups.title";
    }

    @Override
    public Node open() {
        Node node = Fxml.load(OptionGroupsView.class, "OptionGroups.fxml", groups.texts().bundle(), view);
        groups.open();
        return node;
    }

    @Override
    public void close() {
        view.dispose();
        groups.close();
    }

    @Override
    public void storeReached() {
        groups.readMenu();
    }
}
