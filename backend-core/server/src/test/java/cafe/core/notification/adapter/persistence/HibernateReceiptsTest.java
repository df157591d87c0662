package cafe.core.notification.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.contract.LocalizedText;
import cafe.contract.receipt.ReceiptAction;
import cafe.contract.receipt.ReceiptLine;
import cafe.contract.wire.Json;
import cafe.core.notification.domain.Receipt;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HibernateReceiptsTest extends NotificationDatabaseTest {

    private static final Instant PAID = Instant.parse("2025-03-01T01:00:00.123Z");
    private static final List<ReceiptLine> LINES = List.of(
            new ReceiptLine(new LocalizedText("아이스 아메리카노", "Iced americano"),
                    List.of(new LocalizedText("샷 추가", "Extra shot")), 2, 9_000),
            new ReceiptLine(new LocalizedText("크루아상", "Croissant"), List.of(), 1, 3_800));

    private HibernateReceipts receipts;

    @BeforeEach
    void openStore() {
        receipts = new HibernateReceipts(database, Json.newMapper());
    }

    @Test
    void aReceiptIsKeptWithItsLinesAndAKeptOneStaysAsItWas() {
        Receipt receipt = new Receipt("o-1", 101, PAID, LINES, 12_800, "VISA", "4242", "A1B2C3");
        database.transactions().run(() -> receipts.keep(receipt, "digest of o-1's key"));
        database.transactions().run(() -> receipts.keep(
                new Receipt("o-1", 101, PAID, List.of(), 1, null, null, null), "another digest"));

        database.transactions().run(() -> {
            assertThat(receipts.receiptOf("o-1")).contains(receipt);
            assertThat(receipts.placedWith("o-1")).contains("digest of o-1's key");
            assertThat(receipts.receiptOf("o-2")).isEmpty();
        });
    }

    @Test
    void aReceiptWithoutCardDetailsReadsBackWithout() {
        Receipt receipt = new Receipt("o-1", 101, PAID, LINES, 12_800, null, null, null);
        database.transactions().run(() -> receipts.keep(receipt, null));

        database.transactions().run(() -> assertThat(receipts.receiptOf("o-1")).contains(receipt));
    }

    @Test
    void aNumberFindsTheReceiptOfItsLatestOrderPaidSinceTheDayBegan() {
        Receipt yesterdays = new Receipt("o-1", 101, PAID, LINES, 12_800, "VISA", "4242", "A1");
        Receipt todays = new Receipt("o-2", 101, PAID.plus(Duration.ofDays(1)), LINES, 12_800, "VISA", "4242", "B2");
        Receipt another = new Receipt("o-3", 102, PAID.plus(Duration.ofDays(2)), LINES, 12_800, "VISA", "4242", "C3");
        database.transactions().run(() -> {
            receipts.keep(todays, null);
            receipts.keep(yesterdays, null);
            receipts.keep(another, null);
        });

        database.transactions().run(() -> {
            assertThat(receipts.latestNumbered(101, PAID)).contains(todays);
            assertThat(receipts.latestNumbered(101, PAID.plus(Duration.ofDays(2)))).as("yesterday's is another's")
                    .isEmpty();
            assertThat(receipts.latestNumbered(103, PAID)).isEmpty();
        });
    }

    @Test
    void eachRequestIsRecordedOnceAndTheHistoryComesOldestFirst() {
        ReceiptAction printed = new ReceiptAction("PRINTED", "s-1", "지수", PAID.plusSeconds(60), null);
        ReceiptAction resent = new ReceiptAction("RESENT", "s-2", "Minho", PAID.plusSeconds(30), "j***@cafe.test");
        assertThat(database.transactions().inTransaction(() -> List.of(receipts.record("r-1", "o-1", printed),
                receipts.record("r-1", "o-1", printed)))).as("the same request twice in one transaction")
                .containsExactly(true, false);
        assertThat(database.transactions().inTransaction(() -> receipts.record("r-2", "o-1", resent))).isTrue();

        database.transactions().run(() -> {
            assertThat(receipts.record("r-2", "o-1", resent)).isFalse();
            assertThat(receipts.recorded("r-1")).isTrue();
            assertThat(receipts.recorded("r-3")).isFalse();
            assertThat(receipts.history("o-1")).containsExactly(resent, printed);
            assertThat(receipts.history("o-2")).isEmpty();
        });
    }
}
