package cafe.console.manager.prep;

import cafe.client.SalesReports;
import cafe.console.manager.office.StaffCalls;
import cafe.console.manager.report.DayReportModel;
import cafe.contract.LocalizedText;
import cafe.contract.report.PrepTime;
import cafe.contract.report.PrepTimes;
import cafe.terminal.i18n.Texts;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Prep times: how long a business day's tickets took at the bar, from a barista starting one to
 * ready and from its payment to ready, average and slowest, by item (slowest first) and by station.
 */
public final class PrepTimesViewModel {

    private final Texts texts;
    private final DayReportModel<PrepTimes> day;
    private final ObservableList<PrepRow> byItem = FXCollections.observableArrayList();
    private final ObservableList<PrepRow> byStation = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper overall = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");

    /** @param calls makes the calls under the staff pass */
    public PrepTimesViewModel(SalesReports reports, Texts texts, Executor ui, StaffCalls calls) {
        this.texts = texts;
        this.day = new DayReportModel<>(reports::prepTimes, PrepTimes::day, texts, ui, calls);
        day.reportProperty().addListener((obs, was, now) -> show(now));
    }

    // Properties

    public DayReportModel<PrepTimes> day() {
        return day;
    }

    public ObservableList<PrepRow> byItem() {
        return byItem;
    }

    public ObservableList<PrepRow> byStation() {
        return byStation;
    }

    /** The whole day in one line: tickets, average and slowest. */
    public ReadOnlyStringProperty overallProperty() {
        return overall.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public Texts texts() {
        return texts;
    }

    // Commands

    public void open() {
        day.showToday();
    }

    private void show(PrepTimes times) {
        PrepTime all = times.overall();
        overall.set(texts.get("prep.overall", all.tickets(), clock(all.averagePrepSeconds()),
                clock(all.slowestPrepSeconds()), clock(all.averageWaitSeconds()), clock(all.slowestWaitSeconds())));
        byItem.setAll(rows(times.byItem(), false));
        byStation.setAll(rows(times.byStation(), true));
        empty.set(times.isEmpty());
        emptyText.set(texts.get("prep.empty", times.day().format(
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(texts.locale()))));
    }

    private List<PrepRow> rows(List<PrepTime> times, boolean stations) {
        return times.stream().map(time -> new PrepRow(stations ? time.key() : name(time.name()),
                Integer.toString(time.tickets()), clock(time.averagePrepSeconds()), clock(time.slowestPrepSeconds()),
                clock(time.averageWaitSeconds()), clock(time.slowestWaitSeconds()))).toList();
    }

    private String name(LocalizedText name) {
        return texts.of(name);
    }

    /** Minutes and seconds, as a kitchen timer shows them: 2:05; an hour or more as 1:02:05. */
    static String clock(long seconds) {
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        return hours > 0 ? String.format("%d:%02d:%02d", hours, minutes, seconds % 60)
                : String.format("%d:%02d", minutes, seconds % 60);
    }

    /** One row of a table, as shown. */
    public record PrepRow(String name, String tickets, String averagePrep, String slowestPrep, String averageWait,
                          String slowestWait) {
    }
}
