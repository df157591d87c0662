package cafe.console.manager.sales;

import cafe.contract.report.HourSales;
import cafe.contract.report.ItemSales;
import cafe.contract.report.TypeSales;
import cafe.terminal.i18n.Texts;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A day's sales as a spreadsheet file: UTF-8 with a byte-order mark and CRLF line ends, as Excel
 * needs to read Korean right. One section after another (totals, items, hours, order types), each
 * with its heading row; amounts are plain whole won, so the sheet can add them up.
 */
public final class SalesCsv {

    private static final String BOM = "\uFEFF";
    private static final String LINE_END = "\r\n";

    private final Texts texts;

    public SalesCsv(Texts texts) {
        this.texts = texts;
    }

    /** The file name offered for a day's export, e.g. {@code sales-2026-03-10.csv}. */
    public static String fileName(DaySales sales) {
        return "sales-" + sales.day() + ".csv";
    }

    /** Writes the whole file beside {@code file} first, then moves it into place: never half a file. */
    public void write(DaySales sales, Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            out.write(BOM);
            for (List<String> row : rows(sales)) {
                out.write(String.join(",", row.stream().map(SalesCsv::cell).toList()));
                out.write(LINE_END);
            }
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    List<List<String>> rows(DaySales sales) {
        var payments = sales.payments();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(texts.get("sales.title"), sales.day().toString()));
        rows.add(List.of());
        rows.add(List.of(texts.get("sales.csv.total"), texts.get("sales.csv.count"), texts.get("sales.csv.won")));
        rows.add(List.of(texts.get("sales.gross"), count(payments.charges()), won(sales.grossWon())));
        rows.add(List.of(texts.get("sales.refunds"), count(payments.refunds()), won(sales.refundedWon())));
        rows.add(List.of(texts.get("sales.net"), count(sales.orders().orders()), won(sales.netWon())));
        rows.add(List.of(texts.get("sales.average"), "", won(sales.orders().averageTicketWon())));
        rows.add(List.of(texts.get("sales.declines"), count(payments.declines()), won(payments.declinedWon())));
        rows.add(List.of());
        rows.add(List.of(texts.get("sales.csv.item"), texts.get("sales.csv.count"), texts.get("sales.csv.won")));
        for (ItemSales item : sales.orders().items()) {
            rows.add(List.of(texts.of(item.name()), count(item.count()), won(item.amountWon())));
        }
        rows.add(List.of());
        rows.add(List.of(texts.get("sales.csv.hour"), texts.get("sales.csv.orders"), texts.get("sales.csv.won")));
        for (HourSales hour : sales.orders().hours()) {
            rows.add(List.of(SalesViewModel.hourLabel(hour.hour()), count(hour.orders()), won(hour.amountWon())));
        }
        rows.add(List.of());
        rows.add(List.of(texts.get("sales.csv.type"), texts.get("sales.csv.orders"), texts.get("sales.csv.won")));
        for (TypeSales type : sales.orders().types()) {
            rows.add(List.of(SalesViewModel.typeName(type.type(), texts), count(type.orders()), won(type.amountWon())));
        }
        return rows;
    }

    private static String count(int count) {
        return Integer.toString(count);
    }

    private static String won(long amount) {
        return Long.toString(amount);
    }

    /**
     * Quoted when it holds a comma, a quote or a line break (a quote doubled); a name that a sheet would
     * take for a formula (=, +, -, @ first) is kept as text.
     */
    private static String cell(String value) {
        String text = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+")
                ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
