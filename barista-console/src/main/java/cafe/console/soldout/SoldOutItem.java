package cafe.console.soldout;

import cafe.contract.LocalizedText;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** One menu item on the 86 panel: on sale or sold out, and whether a change waits for the server. */
public final class SoldOutItem {

    private final String itemId;
    private final LocalizedText name;
    private final LocalizedText category;
    private final ReadOnlyBooleanWrapper available;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    SoldOutItem(String itemId, LocalizedText name, LocalizedText category, boolean available) {
        this.itemId = itemId;
        this.name = name;
        this.category = category;
        this.available = new ReadOnlyBooleanWrapper(available);
    }

    public String itemId() {
        return itemId;
    }

    public LocalizedText name() {
        return name;
    }

    public LocalizedText category() {
        return category;
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public boolean isAvailable() {
        return available.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    void available(boolean on) {
        available.set(on);
    }

    void busy(boolean on) {
        busy.set(on);
    }
}
