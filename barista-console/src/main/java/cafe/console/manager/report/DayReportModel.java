package cafe.console.manager.report;

import cafe.console.manager.Failures;
import cafe.console.manager.office.StaffCalls;
import cafe.contract.report.ReportDay;
import cafe.contract.wire.ErrorCode;
import cafe.terminal.i18n.Texts;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One business day's report on a section of the back office: which day is shown (the store's today
 * at first), the report the store answered for it, and the wait or failure meanwhile. Days move by
 * one or jump to a date; a failure keeps the last report, with its own day shown, and can be tried
 * again. An answer for a day the manager has since moved away from is dropped.
 */
public final class DayReportModel<T> {

    private final Function<ReportDay, CompletableFuture<T>> fetch;
    private final Function<T, LocalDate> dayOf;
    private final Texts texts;
    private final Executor ui;
    private final StaffCalls calls;
    private final ReadOnlyObjectWrapper<T> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalDate> day = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalDate> today = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private ReportDay asked = ReportDay.today();
    /** The last day asked went unanswered (the store away), rather than refused. */
    private boolean unanswered;
    private long requests;

    /**
     * @param fetch asks the store for a day's report
     * @param dayOf the day an answer covers (the store names it when asked for today)
     * @param calls makes the calls under the staff pass
     */
    public DayReportModel(Function<ReportDay, CompletableFuture<T>> fetch, Function<T, LocalDate> dayOf, Texts texts,
                          Executor ui, StaffCalls calls) {
        this.fetch = fetch;
        this.dayOf = dayOf;
        this.texts = texts;
        this.ui = ui;
        this.calls = calls;
    }

    // Properties

    /** The last report the store answered; null until the first one. */
    public ReadOnlyObjectProperty<T> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The day shown or being fetched; null until the store said which day today is. */
    public ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return day.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the last request failed, in words; empty when it did not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True when the day shown is the store's today: there is no later day to show. */
    public BooleanBinding atTodayBinding() {
        return Bindings.createBooleanBinding(
                () -> day.get() == null || today.get() == null || !day.get().isBefore(today.get()), day, today);
    }

    public Texts texts() {
        return texts;
    }

    // Commands

    public void showToday() {
        load(ReportDay.today());
    }

    /** A day after the store's last known today asks for its today: a day may have begun since. */
    public void showDay(LocalDate chosen) {
        if (chosen != null && !chosen.equals(day.get())) {
            load(today.get() != null && chosen.isAfter(today.get()) ? ReportDay.today() : new ReportDay(chosen));
        }
    }

    public void previousDay() {
        if (day.get() != null) {
            load(new ReportDay(day.get().minusDays(1)));
        }
    }

    public void nextDay() {
        if (day.get() != null && !atTodayBinding().get()) {
            load(new ReportDay(day.get().plusDays(1)));
        }
    }

    /** Asks again for the day that failed. */
    public void retry() {
        load(asked);
    }

    /** The link to the store is back: a day the store did not answer is asked for again by itself. */
    public void storeReached() {
        if (unanswered) {
            retry();
        }
    }

    private void load(ReportDay wanted) {
        long request = ++requests;
        asked = wanted;
        if (wanted.day() != null) {
            day.set(wanted.day());
        }
        busy.set(true);
        problem.set("");
        calls.make(() -> fetch.apply(wanted)).whenComplete((answer, failure) -> ui.execute(() -> {
            if (request != requests) {
                return;
            }
            busy.set(false);
            unanswered = failure != null && Failures.storeAway(failure);
            if (failure == null) {
                shown(wanted, answer);
            } else {
                problem.set(describe(failure));
                // the figures kept are another day's: the date shown goes back to theirs ("Try again" asks anew)
                if (report.get() != null) {
                    day.set(dayOf.apply(report.get()));
                }
            }
        }));
    }

    /** A report changes nothing, so a lost answer is simply asked for again. */
    private String describe(Throwable failure) {
        return switch (Failures.code(failure).orElse(ErrorCode.INTERNAL_ERROR)) {
            case TIMEOUT -> texts.get("report.timeout");
            case NOT_CONNECTED -> texts.get("report.offline");
            default -> Failures.describe(failure, texts);
        };
    }

    private void shown(ReportDay wanted, T answer) {
        LocalDate answered = dayOf.apply(answer);
        if (wanted.day() == null) {
            today.set(answered);
        }
        day.set(answered);
        report.set(answer);
    }
}
