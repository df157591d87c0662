package cafe.pickup.testing;

import cafe.contract.wire.Role;
import cafe.pickup.board.BoardSettings;
import cafe.terminal.testing.LiveStore;
import cafe.terminal.testing.MutableClock;
import cafe.terminal.time.TerminalClock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;

/** The pickup displays a test opens on a live store, each in a window of its own, with the display role. */
public final class Tvs {

    private final List<TvScreen> open = new ArrayList<>();

    public TvScreen open(LiveStore store, TerminalClock clock) throws Exception {
        FxToolkit.registerPrimaryStage();
        TvScreen tv = TvScreen.open(FxToolkit.registerStage(Stage::new), store.connect(Role.DISPLAY), clock,
                BoardSettings.defaults().withZone(ZoneOffset.UTC));
        open.add(tv);
        return tv;
    }

    public TvScreen open(LiveStore store) throws Exception {
        return open(store, MutableClock.running());
    }

    /** Switches off every display opened so far. */
    public void closeAll() throws Exception {
        for (TvScreen tv : open) {
            tv.close();
        }
        open.clear();
        FxToolkit.cleanupStages();
    }
}
