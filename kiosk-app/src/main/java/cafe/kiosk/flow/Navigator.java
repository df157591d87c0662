package cafe.kiosk.flow;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Which screen the customer is on. The screens' view models ask it to move on; the window follows it. */
public final class Navigator {

    private static final Logger LOG = LoggerFactory.getLogger(Navigator.class);

    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(Screen.START);

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public Screen screen() {
        return screen.get();
    }

    public boolean isOn(Screen shown) {
        return screen.get() == shown;
    }

    public void show(Screen next) {
        if (screen.get() != next) {
            LOG.info("Screen {} -> {}", screen.get(), next);
            screen.set(next);
        }
    }
}
