package cafe.console.manager.desk;

import cafe.console.manager.office.Desk;
import cafe.console.manager.office.SectionScreen;
import cafe.terminal.fx.Fxml;
import javafx.scene.Node;

/** The messages the store could not deliver, as a back-office section: see why, retry or discard. */
public final class FailedMessagesScreen implements SectionScreen {

    private final Desk desk;
    private final FailedMessagesViewModel messages;

    public FailedMessagesScreen(Desk desk) {
        this.desk = desk;
        this.messages = new FailedMessagesViewModel(desk.client().orderDesk(), desk.texts(),
                new DeskWords(desk.texts(), desk.zone()), desk.ui(), desk.calls());
    }

    @Override
    public String titleKey() {
        return "failed.title";
    }

    @Override
    public Node open() {
        Node node = Fxml.load(FailedMessagesView.class, "FailedMessages.fxml", desk.texts().bundle(),
                new FailedMessagesView(messages));
        messages.load();
        return node;
    }

    /** Messages may have failed, or been handled elsewhere, while the link was down. */
    @Override
    public void storeReached() {
        messages.load();
    }

    @Override
    public void close() {
        // nothing followed: the list is asked for again with "Refresh", and when the link is back
    }
}
