package cafe.console.manager.desk;

import cafe.client.OrderDesk;
import cafe.console.manager.Failures;
import cafe.console.manager.office.ShownDates;
import cafe.console.manager.office.StaffCalls;
import cafe.contract.desk.FindOrders;
import cafe.contract.desk.OrderList;
import cafe.contract.desk.OrderSummary;
import cafe.contract.report.ReportDay;
import cafe.terminal.i18n.Texts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Finding orders: by the number a customer holds on the chosen day, or those placed on that day
 * between two times (the whole day when none is typed), newest first. A single order found by its
 * number opens at once. Until a day is chosen it is the store's today, which the store names in its
 * first answer (before the day's start hour the calendar still shows the next date).
 */
public final class OrderSearchViewModel {

    private final OrderDesk desk;
    private final Texts texts;
    private final DeskWords words;
    private final Consumer<OrderSummary> open;
    private final CallLine line;
    private final ObjectProperty<LocalDate> day;
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final ObservableList<OrderSummary> found = FXCollections.observableArrayList();

    /** @param open shows one order's history */
    OrderSearchViewModel(OrderDesk desk, Texts texts, DeskWords words, Executor ui, StaffCalls calls,
                         Consumer<OrderSummary> open) {
        this.desk = desk;
        this.texts = texts;
        this.words = words;
        this.open = open;
        this.line = new CallLine(ui, calls, failure -> Failures.describe(failure, texts));
        this.day = new SimpleObjectProperty<>();
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    /** How the day is written and read on this screen. */
    public ShownDates dates() {
        return words.dates();
    }

    /** A typed day that is not one: the day chosen stays, and the search line says why. */
    public void dayUnreadable(String why) {
        line.say(why, true);
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public ObservableList<OrderSummary> found() {
        return found;
    }

    /** The line that says what is under way, done or wrong. */
    CallLine line() {
        return line;
    }

    /** One found order as its list shows it: number, time, total, status. */
    public String describe(OrderSummary order) {
        return texts.get("orders.row", String.valueOf(order.number()), words.time(order.placedAt()),
                texts.won(order.totalWon()), words.status(order.status()));
    }

    public void findByNumber() {
        int wanted;
        try {
            wanted = Integer.parseInt(number.get().trim().replace("#", ""));
        } catch (NumberFormatException notANumber) {
            line.say(texts.get("orders.numberNotNumber"), true);
            return;
        }
        line.read(() -> desk.find(new FindOrders(day.get(), wanted, null, null)), texts.get("orders.finding"), list -> {
            learnDay(list);
            found.setAll(list.orders());
            if (list.orders().isEmpty()) {
                line.say(texts.get("orders.noSuchNumber", String.valueOf(wanted), words.dates().day(list.day())), true);
            } else {
                open.accept(list.orders().get(0));
            }
        });
    }

    /** The chosen day's orders between the typed times; the whole day when no time is typed. */
    public void findByTime() {
        LocalDate onDay = isBlank(from.get()) && isBlank(to.get()) ? day.get() : dayOrToday();
        Instant start;
        Instant end;
        try {
            start = instant(onDay, from.get(), false);
            end = instant(onDay, to.get(), true);
        } catch (DateTimeParseException notATime) {
            line.say(texts.get("orders.timeNotTime"), true);
            return;
        }
        if (start != null && end != null && !start.isBefore(end)) {
            line.say(texts.get("orders.timesReversed"), true);
            return;
        }
        line.read(() -> desk.find(new FindOrders(onDay, null, start, end)), texts.get("orders.finding"), this::show);
    }

    /** The link to the store is back: a search that failed is made again. */
    public void storeReached() {
        line.readAgainIfFailed();
    }

    private void show(OrderList list) {
        learnDay(list);
        found.setAll(list.orders());
        String count = list.orders().isEmpty() ? texts.get("orders.noneFound")
                : texts.get("orders.foundCount", list.orders().size());
        line.say(list.more() ? count + " " + texts.get("orders.more") : count, false);
    }

    /** The store's today, once it named it: the calendar's date is another day before the day starts (04:00). */
    private void learnDay(OrderList list) {
        if (day.get() == null && list.day() != null) {
            day.set(list.day());
        }
    }

    private static boolean isBlank(String typed) {
        return typed == null || typed.isBlank();
    }

    /** The chosen day; before the store named its today, the business day now by this PC's clock. */
    private LocalDate dayOrToday() {
        if (day.get() == null) {
            day.set(LocalDateTime.now(words.zone()).minusHours(ReportDay.START_HOUR).toLocalDate());
        }
        return day.get();
    }

    /**
     * A typed time on the business day: one before it starts (04:00) is that day's late night, the
     * next date; as the end of a range, 04:00 itself is the day's end, not its start.
     */
    private Instant instant(LocalDate onDay, String typed, boolean end) {
        String time = typed == null ? "" : typed.trim();
        if (time.isEmpty()) {
            return null;
        }
        LocalTime at = LocalTime.parse(time);
        LocalTime dayStart = LocalTime.of(ReportDay.START_HOUR, 0);
        boolean lateNight = end ? !at.isAfter(dayStart) : at.isBefore(dayStart);
        return (lateNight ? onDay.plusDays(1) : onDay).atTime(at).atZone(words.zone()).toInstant();
    }
}
