package cafe.console.manager.sales;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.console.manager.ManagerWindow;
import cafe.contract.LocalizedText;
import cafe.contract.order.OrderType;
import cafe.contract.report.HourSales;
import cafe.contract.report.ItemSales;
import cafe.contract.report.OrderSales;
import cafe.contract.report.PaymentTotals;
import cafe.contract.report.TypeSales;
import cafe.terminal.i18n.Language;
import cafe.terminal.i18n.Texts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SalesCsvTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    @TempDir
    Path folder;

    @Test
    void aNameWithACommaIsQuotedAndOneThatLooksLikeAFormulaStaysText() throws Exception {
        DaySales sales = new DaySales(new OrderSales(DAY, 1, 5_000,
                List.of(new ItemSales("a", new LocalizedText("라떼, 큰 컵", "Latte, large"), 1, 3_000),
                        new ItemSales("b", new LocalizedText("=1+1", "=1+1"), 1, 2_000)),
                List.of(new HourSales(9, 1, 5_000)), List.of(new TypeSales(OrderType.TAKE_OUT, 1, 5_000))),
                new PaymentTotals(DAY, 1, 5_000, 0, 0, 0, 0));
        Path file = folder.resolve(SalesCsv.fileName(sales));

        new SalesCsv(Texts.of(ManagerWindow.TEXTS, Language.KO)).write(sales, file);

        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF매출,2026-03-10\r\n")
                .contains("\r\n\"라떼, 큰 컵\",1,3000\r\n", "\r\n'=1+1,1,2000\r\n", "\r\n09:00,1,5000\r\n",
                        "\r\n포장,1,5000\r\n");
        assertThat(file.resolveSibling(file.getFileName() + ".part")).doesNotExist();
    }
}
