package cafe.console.manager.report;

import cafe.console.manager.office.DayPickerView;
import cafe.console.manager.office.ShownDates;
import cafe.terminal.i18n.Texts;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The day a report section shows, and how to change it: the previous day, a date picker, the next
 * day (not past today), today; a spinner while the store answers, and its refusal with a retry. A
 * typed day is read in the screen's language; one that is not a day is said beside the picker.
 * Page Up and Page Down on the section move a day back and forth.
 */
public final class DayBarView extends HBox {

    private final Button previous = new Button();
    private final DatePicker date = new DatePicker();
    private final Button next = new Button();
    private final Button today = new Button();
    private final ProgressIndicator waiting = new ProgressIndicator();
    private final Label problem = new Label();
    private final Label unreadable = new Label();
    private final Button retry = new Button();

    public DayBarView() {
        getStyleClass().add("day-bar");
        previous.setId("day-previous");
        date.setId("day-date");
        next.setId("day-next");
        today.setId("day-today");
        waiting.setId("day-waiting");
        problem.setId("day-problem");
        unreadable.setId("day-unreadable");
        unreadable.getStyleClass().add("report-problem");
        unreadable.setWrapText(true);
        unreadable.managedProperty().bind(unreadable.textProperty().isNotEmpty());
        retry.setId("day-retry");
        problem.getStyleClass().add("report-problem");
        problem.setWrapText(true);
        waiting.getStyleClass().add("day-waiting");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(problem, Priority.SOMETIMES);
        getChildren().addAll(previous, date, next, today, waiting, unreadable, gap, problem, retry);
    }

    /** Shows and changes the model's day; Page Up / Page Down on {@code section} do so too. */
    public void bind(DayReportModel<?> model, Node section) {
        Texts texts = model.texts();
        previous.setText(texts.get("report.previousDay"));
        next.setText(texts.get("report.nextDay"));
        today.setText(texts.get("report.today"));
        retry.setText(texts.get("report.retry"));
        date.setPromptText(texts.get("report.day"));
        DayPickerView.fit(date, new ShownDates(texts, ZoneId.systemDefault()), unreadable::setText);
        date.valueProperty().addListener((obs, was, now) -> unreadable.setText(""));
        previous.setOnAction(event -> model.previousDay());
        next.setOnAction(event -> model.nextDay());
        today.setOnAction(event -> model.showToday());
        retry.setOnAction(event -> model.retry());
        date.setOnAction(event -> model.showDay(date.getValue()));
        model.dayProperty().addListener((obs, was, now) -> date.setValue(now));
        // a date picked past the store's today is answered with today, which may be the day already shown
        model.busyProperty().addListener((obs, was, now) -> {
            if (!now) {
                date.setValue(model.dayProperty().get());
            }
        });
        date.setValue(model.dayProperty().get());
        next.disableProperty().bind(model.atTodayBinding());
        previous.disableProperty().bind(model.dayProperty().isNull());
        waiting.visibleProperty().bind(model.busyProperty());
        waiting.managedProperty().bind(model.busyProperty());
        problem.textProperty().bind(model.problemProperty());
        retry.visibleProperty().bind(Bindings.isNotEmpty(model.problemProperty()));
        retry.managedProperty().bind(retry.visibleProperty());
        section.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.PAGE_UP) {
                model.previousDay();
                event.consume();
            } else if (event.getCode() == KeyCode.PAGE_DOWN) {
                model.nextDay();
                event.consume();
            }
        });
    }
}
