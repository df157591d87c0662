package cafe.console.manager.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.client.CafeException;
import cafe.client.ReceiptDesk;
import cafe.console.manager.ManagerWindow;
import cafe.console.manager.office.StaffCalls;
import cafe.contract.receipt.ReceiptView;
import cafe.contract.wire.ErrorCode;
import cafe.terminal.i18n.Language;
import cafe.terminal.i18n.Texts;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The receipt desk's answers and presses, against a desk whose answers the test gives. */
class ReceiptViewModelTest {

    private final Desk desk = new Desk();
    private final ReceiptViewModel receipt = new ReceiptViewModel(desk, Texts.of(ManagerWindow.TEXTS, Language.EN),
            Runnable::run, new StaffCalls(Runnable::run, CompletableFuture::new), ZoneOffset.UTC);

    @Test
    void aReceiptAnsweredAfterAnotherOrderWasOpenedIsNotShownForIt() {
        receipt.open("o-1", 101);
        receipt.clear();
        desk.answer("of o-1", view("o-1", 101));

        assertThat(receipt.receiptProperty().get()).isNull();
        assertThat(receipt.busyProperty().get()).isFalse();
        receipt.open("o-2", 102);
        desk.answer("of o-2", view("o-2", 102));
        assertThat(receipt.receiptProperty().get().orderNumber()).isEqualTo(102);
    }

    @Test
    void aLookUpThatFailedIsMadeAgainOnceTheStoreIsReachedButAFailedPrintIsNot() {
        receipt.open("o-1", 101);
        desk.fail("of o-1", new CafeException(ErrorCode.NOT_CONNECTED, "the link is down"));
        assertThat(receipt.problemProperty().get()).isTrue();

        receipt.storeReached();
        desk.answer("of o-1", view("o-1", 101));
        assertThat(receipt.receiptProperty().get().orderNumber()).isEqualTo(101);
        assertThat(receipt.problemProperty().get()).isFalse();

        receipt.print();
        desk.fail("print o-1", new CafeException(ErrorCode.NOT_CONNECTED, "the link is down"));
        receipt.storeReached();
        assertThat(desk.calls).as("a print goes again only when pressed again").isEmpty();
    }

    @Test
    void aLookUpTheStoreRefusedIsNotMadeAgainWhenItIsReached() {
        receipt.open("o-1", 101);
        desk.fail("of o-1", new CafeException(ErrorCode.RECEIPT_NOT_FOUND, "not paid"));

        receipt.storeReached();

        assertThat(desk.calls).isEmpty();
    }

    @Test
    void aSlowPrintOfTheOrderShownBeforeHoldsUpNothingOfTheNextOrder() {
        receipt.open("o-1", 101);
        desk.answer("of o-1", view("o-1", 101));
        receipt.print();

        receipt.clear();
        assertThat(receipt.busyProperty().get()).as("busy once o-1 is off the screen").isFalse();
        receipt.open("o-2", 102);
        desk.answer("print o-1", view("o-1", 101));
        assertThat(receipt.busyProperty().get()).as("busy while o-2 is still being found").isTrue();
        desk.answer("of o-2", view("o-2", 102));
        receipt.print();

        assertThat(receipt.receiptProperty().get().orderNumber()).isEqualTo(102);
        assertThat(desk.calls).containsOnlyKeys("print o-2");
        assertThat(receipt.messageProperty().get()).isEqualTo(receipt.texts().get("receipt.printing"));
    }

    @Test
    void aPrintPressedAgainAfterItFailedIsTheSameRequestAndAfterItPrintedANewOne() {
        receipt.open("o-1", 101);
        desk.answer("of o-1", view("o-1", 101));

        receipt.print();
        desk.fail("print o-1", new CafeException(ErrorCode.TIMEOUT, "no answer in 10 s"));
        receipt.print();
        desk.answer("print o-1", view("o-1", 101));
        receipt.print();

        List<String> ids = desk.requestIds;
        assertThat(ids).hasSize(3);
        assertThat(ids.get(1)).isEqualTo(ids.get(0));
        assertThat(ids.get(2)).isNotEqualTo(ids.get(0));
        assertThat(receipt.messageProperty().get()).isEqualTo(receipt.texts().get("receipt.printing"));
    }

    @Test
    void aResendToAnotherAddressIsAnotherRequest() {
        receipt.open("o-1", 101);
        desk.answer("of o-1", view("o-1", 101));
        receipt.emailProperty().set("kim@example.com");

        receipt.resend();
        desk.fail("resend o-1", new CafeException(ErrorCode.TIMEOUT, "no answer in 10 s"));
        receipt.emailProperty().set("lee@example.com");
        receipt.resend();

        assertThat(desk.requestIds).doesNotHaveDuplicates().hasSize(2);
    }

    private static ReceiptView view(String orderId, int number) {
        return new ReceiptView(orderId, number, Instant.parse("2026-12-04T05:30:00Z"), List.of(), 4_500, 409, "VISA",
                "4242", "AU1", List.of(), List.of());
    }

    /** Holds every call until the test answers it. */
    private static final class Desk implements ReceiptDesk {

        final Map<String, CompletableFuture<ReceiptView>> calls = new HashMap<>();
        final List<String> requestIds = new ArrayList<>();

        void answer(String call, ReceiptView view) {
            calls.remove(call).complete(view);
        }

        void fail(String call, Throwable failure) {
            calls.remove(call).completeExceptionally(failure);
        }

        @Override
        public CompletableFuture<ReceiptView> find(int orderNumber) {
            return held("find " + orderNumber);
        }

        @Override
        public CompletableFuture<ReceiptView> of(String orderId) {
            return held("of " + orderId);
        }

        @Override
        public CompletableFuture<ReceiptView> resend(String requestId, String orderId, String email) {
            requestIds.add(requestId);
            return held("resend " + orderId);
        }

        @Override
        public CompletableFuture<ReceiptView> print(String requestId, String orderId) {
            requestIds.add(requestId);
            return held("print " + orderId);
        }

        private CompletableFuture<ReceiptView> held(String call) {
            CompletableFuture<ReceiptView> answer = new CompletableFuture<>();
            calls.put(call, answer);
            return answer;
        }
    }
}
