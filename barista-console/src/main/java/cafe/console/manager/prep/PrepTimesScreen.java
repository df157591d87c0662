package cafe.console.manager.prep;

import cafe.console.manager.office.Desk;
import cafe.console.manager.office.SectionScreen;
import cafe.terminal.fx.Fxml;
import javafx.scene.Node;

/** Prep times as a back-office section. */
public final class PrepTimesScreen implements SectionScreen {

    private final PrepTimesViewModel times;

    public PrepTimesScreen(Desk desk) {
        this.times = new PrepTimesViewModel(desk.client().sales(), desk.texts(), desk.ui(), desk.calls());
    }

    @Override
    public String titleKey() {
        return "prep.title";
    }

    @Override
    public Node open() {
        Node node = Fxml.load(PrepTimesView.class, "PrepTimes.fxml", times.texts().bundle(),
                new PrepTimesView(times));
        times.open();
        return node;
    }

    @Override
    public void storeReached() {
        times.day().storeReached();
    }

    @Override
    public void close() {
        // nothing to let go of: the section holds no subscription
    }
}
