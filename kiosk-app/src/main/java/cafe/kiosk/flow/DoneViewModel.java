package cafe.kiosk.flow;

import cafe.contract.order.OrderType;
import cafe.kiosk.order.CartEntry;
import cafe.kiosk.pay.PaidOrder;
import cafe.terminal.i18n.Texts;
import cafe.terminal.time.Alarm;
import cafe.terminal.time.TerminalClock;
import java.time.Duration;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/** Thank you: the order number the server gave, what was ordered, and a countdown back to the start. */
public final class DoneViewModel {

    /**
     * How long the number stays whatever is tapped: a tap sooner is the last screen's second tap (a
     * double tap on "No, thanks", or one just as the step moved on by itself), not the next customer.
     */
    static final Duration NUMBER_HELD = Duration.ofSeconds(2);

    private final ReadOnlyObjectWrapper<PaidOrder> paidOrder = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper();
    private final Runnable startOver;
    private final ObservableValue<String> orderNumber;
    private final StringBinding summary;
    private final ObjectBinding<List<String>> lines;
    private final StringBinding countdown;
    private final Alarm startOverAlarm;
    private final Alarm tapsTaken;

    DoneViewModel(ObservableValue<Texts> texts, TerminalClock clock, Runnable startOver) {
        this.startOverAlarm = new Alarm(clock);
        this.tapsTaken = new Alarm(clock);
        this.startOver = startOver;
        orderNumber = paidOrder.map(order -> String.valueOf(order.orderNumber()));
        summary = Bindings.createStringBinding(() -> paidOrder.get() == null ? null
                : texts.getValue().get(paidOrder.get().orderType() == OrderType.DINE_IN ? "start.dinein" : "start.takeout")
                        + "  ·  " + texts.getValue().won(paidOrder.get().totalWon()), paidOrder, texts);
        lines = Bindings.createObjectBinding(() -> paidOrder.get() == null ? List.of()
                : paidOrder.get().lines().stream().map(line -> line(line, texts.getValue())).toList(), paidOrder, texts);
        countdown = Bindings.createStringBinding(() -> texts.getValue().get("done.countdown", secondsLeft.get()),
                secondsLeft, texts);
    }

    // Properties

    public ReadOnlyObjectProperty<PaidOrder> paidOrderProperty() {
        return paidOrder.getReadOnlyProperty();
    }

    public ObservableValue<String> orderNumber() {
        return orderNumber;
    }

    /** "Take out · 4,500원". */
    public StringBinding summary() {
        return summary;
    }

    /** "2 × Caffè Latte  (Iced · Oat milk)", one per line. */
    public ObjectBinding<List<String>> lines() {
        return lines;
    }

    public StringBinding countdown() {
        return countdown;
    }

    // Commands

    /** A tap anywhere, once the number has been shown {@link #NUMBER_HELD}: the next customer. */
    public void newOrder() {
        if (tapsTaken.rings()) {
            startOver.run();
        }
    }

    void show(PaidOrder order, Duration shownFor) {
        paidOrder.set(order);
        tapsTaken.setIn(NUMBER_HELD);
        countDownFrom(shownFor);
    }

    void countDownFrom(Duration shownFor) {
        startOverAlarm.setIn(shownFor);
        secondsLeft.set((int) shownFor.toSeconds());
    }

    /** Once a second while shown: counts down, and starts over at zero. */
    void tick() {
        secondsLeft.set(startOverAlarm.secondsLeft());
        if (startOverAlarm.rings()) {
            startOver.run();
        }
    }

    void reset() {
        paidOrder.set(null);
        startOverAlarm.clear();
        tapsTaken.clear();
    }

    private static String line(CartEntry line, Texts texts) {
        String options = texts.ofAll(line.optionNames());
        return line.quantity() + " × " + texts.of(line.name()) + (options.isEmpty() ? "" : "  (" + options + ")");
    }
}
