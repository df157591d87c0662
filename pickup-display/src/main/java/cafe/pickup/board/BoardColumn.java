package cafe.pickup.board;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One column of the board: the numbers that fit on screen and how many more there are. The view
 * tells it how many tiles fit ({@link #capacityProperty()}); when the numbers overflow, the last
 * tile becomes "+N more".
 */
public final class BoardColumn {

    private final IntegerProperty capacity = new SimpleIntegerProperty(Integer.MAX_VALUE);
    private final ObservableList<ShownNumber> shown = FXCollections.observableArrayList();
    private final ObservableList<ShownNumber> shownView = FXCollections.unmodifiableObservableList(shown);
    private final ReadOnlyIntegerWrapper overflow = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private List<ShownNumber> numbers = List.of();

    BoardColumn() {
        capacity.addListener((observable, was, now) -> layOut());
    }

    // Properties

    /** How many tiles fit on screen, the "+N more" tile included. */
    public IntegerProperty capacityProperty() {
        return capacity;
    }

    /** The numbers on screen, in screen order. */
    public ObservableList<ShownNumber> shown() {
        return shownView;
    }

    /** How many numbers did not fit; zero when all are shown. */
    public ReadOnlyIntegerProperty overflowProperty() {
        return overflow.getReadOnlyProperty();
    }

    /** How many numbers the column holds, shown or not. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    // Commands

    void show(List<ShownNumber> numbers) {
        this.numbers = List.copyOf(numbers);
        layOut();
    }

    private void layOut() {
        int fits = Math.max(1, capacity.get());
        List<ShownNumber> visible = numbers.size() <= fits ? numbers : numbers.subList(0, fits - 1);
        if (!visible.equals(shown)) {
            shown.setAll(visible);
        }
        overflow.set(numbers.size() - visible.size());
        count.set(numbers.size());
    }
}
