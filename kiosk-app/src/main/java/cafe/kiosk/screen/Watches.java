package cafe.kiosk.screen;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;

/**
 * The listeners a view put on the view model, so it can take them all off when it is replaced
 * (on a language change or a new screen) and leaves nothing behind that still redraws it.
 */
final class Watches {

    private final List<Runnable> removals = new ArrayList<>();

    /** Runs {@code action} now and whenever any of the observables changes. */
    void watch(Runnable action, Observable... observables) {
        InvalidationListener listener = observable -> {
            action.run();
            revalidate(observables);
        };
        for (Observable observable : observables) {
            observable.addListener(listener);
            removals.add(() -> observable.removeListener(listener));
        }
        action.run();
        revalidate(observables);
    }

    /** An invalidated value says so only once until it is read again: read them all, so the next change is heard. */
    private static void revalidate(Observable... observables) {
        for (Observable observable : observables) {
            if (observable instanceof ObservableValue<?> value) {
                value.getValue();
            }
        }
    }

    void removeAll() {
        removals.forEach(Runnable::run);
        removals.clear();
    }
}
