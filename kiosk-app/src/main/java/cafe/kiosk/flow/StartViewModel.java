package cafe.kiosk.flow;

import cafe.contract.order.OrderType;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;

/** The welcome screen: dine in or take out, once the store can take orders. */
public final class StartViewModel {

    private final ObservableBooleanValue orderingOpen;
    private final Consumer<OrderType> begin;

    StartViewModel(ObservableBooleanValue orderingOpen, Consumer<OrderType> begin) {
        this.orderingOpen = orderingOpen;
        this.begin = begin;
    }

    // Properties

    /** The store is reachable and the menu is here: the two choices may be pressed. */
    public ObservableBooleanValue canBegin() {
        return orderingOpen;
    }

    // Commands

    public void dineIn() {
        start(OrderType.DINE_IN);
    }

    public void takeOut() {
        start(OrderType.TAKE_OUT);
    }

    private void start(OrderType type) {
        if (orderingOpen.get()) {
            begin.accept(type);
        }
    }
}
