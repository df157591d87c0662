package cafe.console.manager.office;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.util.function.Consumer;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Makes a date picker write and read days in the screen's language. A typed text that is not a day
 * keeps the day the picker had and is told to {@code unreadable} in words (with that day as an
 * example), rather than throwing or quietly putting the old day back.
 */
public final class DayPickerView {

    private DayPickerView() {
    }

    public static void fit(DatePicker picker, ShownDates dates, Consumer<String> unreadable) {
        picker.setChronology(IsoChronology.INSTANCE);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return dates.day(day);
            }

            @Override
            public LocalDate fromString(String typed) {
                if (typed == null || typed.isBlank()) {
                    return picker.getValue();
                }
                return dates.read(typed).orElseGet(() -> {
                    LocalDate chosen = picker.getValue();
                    unreadable.accept(dates.unreadable(typed, chosen != null ? chosen : LocalDate.now(dates.zone())));
                    return picker.getValue();
                });
            }
        });
    }
}
