package cafe.console.manager.sales;

import cafe.client.SalesReports;
import cafe.console.manager.office.StaffCalls;
import cafe.console.manager.report.DayReportModel;
import cafe.contract.order.OrderType;
import cafe.contract.report.HourSales;
import cafe.contract.report.ReportDay;
import cafe.contract.report.TypeSales;
import cafe.terminal.i18n.Texts;
import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The day's sales: ordering's orders and payment's money for one business day, put together as the
 * owner reads them (totals, items most sold first, sales by hour for the chart, eat in and take
 * away), and a spreadsheet file of it written off the screen's thread.
 */
public final class SalesViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SalesViewModel.class);

    private final Texts texts;
    private final Executor ui;
    private final Executor files;
    private final DayReportModel<DaySales> day;
    private final ObservableList<ItemRow> items = FXCollections.observableArrayList();
    private final ObservableList<HourBar> hours = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper gross = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper refunds = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper net = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper orders = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper average = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper declines = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dineIn = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper takeOut = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper exportMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper();

    /**
     * @param files where the spreadsheet file is written, never the screen's thread
     * @param calls makes the calls under the staff pass
     */
    public SalesViewModel(SalesReports reports, Texts texts, Executor ui, Executor files,
                          StaffCalls calls) {
        this.texts = texts;
        this.ui = ui;
        this.files = files;
        this.day = new DayReportModel<>(asked -> daySales(reports, asked), DaySales::day, texts, ui, calls);
        day.reportProperty().addListener((obs, was, now) -> show(now));
    }

    /** Ordering names the day (the store's today when none was asked), payment answers for that day. */
    private static CompletableFuture<DaySales> daySales(SalesReports reports, ReportDay asked) {
        return reports.orderSales(asked).thenCompose(sales -> reports.paymentTotals(new ReportDay(sales.day()))
                .thenApply(totals -> new DaySales(sales, totals)));
    }

    // Properties

    public DayReportModel<DaySales> day() {
        return day;
    }

    public ObservableList<ItemRow> items() {
        return items;
    }

    public ObservableList<HourBar> hours() {
        return hours;
    }

    public ReadOnlyStringProperty grossProperty() {
        return gross.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty refundsProperty() {
        return refunds.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty netProperty() {
        return net.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ordersProperty() {
        return orders.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty averageProperty() {
        return average.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty declinesProperty() {
        return declines.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dineInProperty() {
        return dineIn.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty takeOutProperty() {
        return takeOut.getReadOnlyProperty();
    }

    /** True when the day shown had no sales at all: the screen says so instead of an empty chart. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    /** What became of the last export: the file written, or why not. */
    public ReadOnlyStringProperty exportMessageProperty() {
        return exportMessage.getReadOnlyProperty();
    }

    /** A day's sales are shown and no export is under way. */
    public BooleanBinding canExportBinding() {
        return Bindings.createBooleanBinding(() -> day.reportProperty().get() != null && !exporting.get(),
                day.reportProperty(), exporting);
    }

    public Texts texts() {
        return texts;
    }

    /** The name offered for the shown day's file. */
    public String exportFileName() {
        DaySales shown = day.reportProperty().get();
        return shown == null ? "sales-day.csv" : SalesCsv.fileName(shown);
    }

    // Commands

    public void open() {
        day.showToday();
    }

    /** Writes the shown day to {@code file}, away from the screen's thread. */
    public void exportTo(Path file) {
        DaySales shown = day.reportProperty().get();
        if (shown == null || exporting.get()) {
            return;
        }
        exporting.set(true);
        exportMessage.set(texts.get("sales.exporting"));
        CompletableFuture.runAsync(() -> {
            try {
                new SalesCsv(texts).write(shown, file);
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, files).whenComplete((done, failure) -> ui.execute(() -> {
            exporting.set(false);
            if (failure == null) {
                LOG.info("sales of {} exported to {}", shown.day(), file);
                exportMessage.set(texts.get("sales.exported", file.getFileName()));
            } else {
                LOG.warn("sales of {} not exported to {}", shown.day(), file, failure);
                exportMessage.set(texts.get("sales.exportFailed", file.getFileName(),
                        reason(failure)));
            }
        }));
    }

    private static String reason(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return String.valueOf(cause.getMessage());
    }

    private void show(DaySales sales) {
        var payments = sales.payments();
        gross.set(texts.won(sales.grossWon()));
        refunds.set(texts.get("sales.countAndWon", payments.refunds(), texts.won(sales.refundedWon())));
        net.set(texts.won(sales.netWon()));
        orders.set(Integer.toString(sales.orders().orders()));
        average.set(texts.won(sales.orders().averageTicketWon()));
        declines.set(texts.get("sales.countAndWon", payments.declines(), texts.won(payments.declinedWon())));
        Map<OrderType, TypeSales> byType = sales.orders().types().stream()
                .collect(Collectors.toMap(TypeSales::type, type -> type));
        dineIn.set(typeLine(byType.getOrDefault(OrderType.DINE_IN, new TypeSales(OrderType.DINE_IN, 0, 0))));
        takeOut.set(typeLine(byType.getOrDefault(OrderType.TAKE_OUT, new TypeSales(OrderType.TAKE_OUT, 0, 0))));
        items.setAll(sales.orders().items().stream().map(item -> new ItemRow(texts.of(item.name()),
                Integer.toString(item.count()), texts.won(item.amountWon()))).toList());
        hours.setAll(bars(sales.orders().hours()));
        empty.set(sales.isEmpty());
        emptyText.set(texts.get("sales.empty", sales.day().format(
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(texts.locale()))));
        exportMessage.set("");
    }

    private String typeLine(TypeSales type) {
        return texts.get("sales.typeLine", typeName(type.type(), texts), type.orders(), texts.won(type.amountWon()));
    }

    /** Every hour from the first sale to the last, a quiet hour as a zero bar, in the day's order. */
    private static List<HourBar> bars(List<HourSales> sold) {
        List<HourBar> bars = new ArrayList<>();
        if (sold.isEmpty()) {
            return bars;
        }
        Map<Integer, Long> byHour = sold.stream().collect(Collectors.toMap(HourSales::hour, HourSales::amountWon));
        int last = sold.get(sold.size() - 1).hour();
        for (int hour = sold.get(0).hour(); ; hour = (hour + 1) % 24) {
            bars.add(new HourBar(hourLabel(hour), byHour.getOrDefault(hour, 0L)));
            if (hour == last) {
                return bars;
            }
        }
    }

    static String hourLabel(int hour) {
        return String.format("%02d:00", hour);
    }

    static String typeName(OrderType type, Texts texts) {
        return texts.get(type == OrderType.DINE_IN ? "sales.dineIn" : "sales.takeOut");
    }

    /** One line of the items table, as shown. */
    public record ItemRow(String name, String count, String amount) {
    }

    /** One bar of the by-hour chart: the hour's label and its sales in won. */
    public record HourBar(String hour, long amountWon) {
    }
}
