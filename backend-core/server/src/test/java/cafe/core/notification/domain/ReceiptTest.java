package cafe.core.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.contract.LocalizedText;
import cafe.contract.receipt.ReceiptLine;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReceiptTest {

    private static final Instant PAID = Instant.parse("2026-12-04T03:15:00Z");

    @ParameterizedTest(name = "{0} won holds {2} won of VAT")
    @CsvSource({
            "4500, 4091, 409",   // 4090.9 rounds up
            "8300, 7545, 755",   // 7545.45 rounds down
            "1100, 1000, 100",   // exact
            "5, 5, 0",           // 4.55 rounds up to 5
            "6, 5, 1",           // 5.45 rounds down
            "0, 0, 0",
            "1000000, 909091, 90909"})
    void theVatIsTheTotalLessTheTotalWithoutItRoundedToTheWon(long total, long supply, long vat) {
        Receipt receipt = receipt(total);

        assertThat(receipt.supplyWon()).isEqualTo(supply);
        assertThat(receipt.vatWon()).isEqualTo(vat);
        assertThat(receipt.supplyWon() + receipt.vatWon()).isEqualTo(total);
    }

    @Test
    void everyPrintedLineFitsFortyTwoColumnsWithHangulCountedDouble() {
        Receipt receipt = new Receipt("o-1", 105, PAID, List.of(
                new ReceiptLine(new LocalizedText("아이스 바닐라 크림 콜드브루 그란데 사이즈", "Iced vanilla"),
                        List.of(new LocalizedText("샷 추가", "Extra shot")), 12, 1_234_000),
                new ReceiptLine(new LocalizedText("크루아상", "Croissant"), List.of(), 1, 3_800)),
                1_237_800, "VISA", "4242", "A1B2C3");

        List<String> lines = new ReceiptLayout("카페 한옥 광화문점", ZoneId.of("Asia/Seoul")).print(receipt);

        assertThat(lines).allSatisfy(line -> assertThat(ReceiptLayout.columns(line)).isLessThanOrEqualTo(42));
        assertThat(lines).contains("  + 샷 추가");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("크루아상").endsWith("x1     3,800"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("일시 Date").endsWith("2026-12-04 12:15"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("부가세 VAT 10%").endsWith("112,527"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("카드 Card").endsWith("VISA ****4242"));
    }

    /** A kiosk may send a card brand up to 32 characters: in Hangul, wider than the paper. */
    @Test
    void aCardBrandWiderThanThePaperIsCutAndTheReceiptStillPrints() {
        Receipt receipt = new Receipt("o-1", 106, PAID, List.of(), 4_500, "가".repeat(32), "한글숫자", "A1");

        List<String> lines = new ReceiptLayout("카페 한옥", ZoneId.of("Asia/Seoul")).print(receipt);

        assertThat(lines).allSatisfy(line -> assertThat(ReceiptLayout.columns(line)).isLessThanOrEqualTo(42));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("카드").contains("가가가"));
    }

    private static Receipt receipt(long total) {
        return new Receipt("o-1", 105, PAID, List.of(), total, "VISA", "4242", "A1");
    }
}
