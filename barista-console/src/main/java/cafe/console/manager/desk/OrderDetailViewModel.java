package cafe.console.manager.desk;

import cafe.client.CafeException;
import cafe.client.OrderDesk;
import cafe.console.manager.Failures;
import cafe.console.manager.office.StaffCalls;
import cafe.console.manager.receipt.ReceiptViewModel;
import cafe.contract.desk.OrderStory;
import cafe.contract.desk.PaymentHistory;
import cafe.contract.desk.PaymentRecord;
import cafe.contract.desk.TicketHistory;
import cafe.contract.order.OrderLineView;
import cafe.contract.order.OrderStatus;
import cafe.contract.wire.ErrorCode;
import cafe.terminal.i18n.Texts;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One order's whole history, put together from what each context answers for: ordering its status
 * changes, payment its attempts and refund, the bar its ticket's times. Cancelling asks for a reason;
 * the store decides whether the order may still be cancelled, and a refund is followed until payment
 * reports it.
 */
public final class OrderDetailViewModel {

    /** How long the screen follows a refund before it says it is not confirmed yet. */
    static final Duration REFUND_PATIENCE = Duration.ofSeconds(30);
    private static final Duration REFUND_LOOK = Duration.ofSeconds(1);

    private final OrderDesk desk;
    private final Texts texts;
    private final DeskWords words;
    private final Executor ui;
    private final StaffCalls calls;
    private final CallLine line;
    private final ReceiptViewModel receipt;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper items = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper steps = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper payments = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper bar = new ReadOnlyStringWrapper("");
    private final StringProperty reason = new SimpleStringProperty("");
    private String orderId;
    private OrderStory story;
    private String cancelKey;

    OrderDetailViewModel(OrderDesk desk, ReceiptViewModel receipt, Texts texts, DeskWords words, Executor ui,
                         StaffCalls calls) {
        this.desk = desk;
        this.receipt = receipt;
        this.texts = texts;
        this.words = words;
        this.ui = ui;
        this.calls = calls;
        this.line = new CallLine(ui, calls, this::describe);
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty itemsProperty() {
        return items.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepsProperty() {
        return steps.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty paymentsProperty() {
        return payments.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty barProperty() {
        return bar.getReadOnlyProperty();
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** The line that says what is under way, done or wrong. */
    CallLine line() {
        return line;
    }

    /** The shown order's receipt, once asked for. */
    public ReceiptViewModel receipt() {
        return receipt;
    }

    /** Shows another order: nothing of the one before stays on the screen, nor does an answer about it. */
    public void open(String id) {
        orderId = id;
        story = null;
        cancelKey = null;
        reason.set("");
        List.of(heading, items, steps, payments, bar).forEach(shown -> shown.set(""));
        receipt.clear();
        reload();
    }

    /** Shows the order's receipt with its resend and print controls (an order not paid has none). */
    public void showReceipt() {
        if (story != null) {
            receipt.open(orderId, story.order().number());
        }
    }

    /**
     * Asks the three contexts again (after a failure, or to see the order move on); while another
     * call is under way, once it is answered.
     */
    public void reload() {
        String id = orderId;
        if (id != null) {
            line.whenFree(() -> line.read(() -> load(id), texts.get("orders.loading"), loaded -> {
                if (id.equals(orderId)) {
                    show(loaded.story());
                    showPayments(loaded.payments());
                    showBar(loaded.ticket());
                }
            }));
        }
    }

    /** The link to the store is back: the order or its receipt, if asking for it failed, is asked again. */
    public void storeReached() {
        line.readAgainIfFailed();
        receipt.storeReached();
    }

    private CompletableFuture<Loaded> load(String id) {
        return desk.story(id).thenCombine(desk.payments(id), Loaded::new)
                .thenCombine(desk.ticket(id), (loaded, ticket) -> loaded.with(ticket));
    }

    public void cancel() {
        String why = reason.get() == null ? "" : reason.get().trim();
        if (story == null) {
            return;
        }
        if (why.isEmpty()) {
            line.say(texts.get("orders.reasonNeeded"), true);
            return;
        }
        if (cancelKey == null) {
            cancelKey = UUID.randomUUID().toString();
        }
        String id = orderId;
        String key = cancelKey;
        boolean paid = story.order().status().isPaid();
        line.send(() -> desk.cancel(id, why, key), texts.get("orders.cancelling"), cancelled -> {
            if (!id.equals(orderId)) {
                return;
            }
            cancelKey = null;
            reason.set("");
            show(cancelled);
            if (paid) {
                line.say(texts.get("orders.refundUnderWay", String.valueOf(cancelled.order().number()),
                        texts.won(cancelled.order().totalWon())), false);
                followRefund(id, REFUND_PATIENCE.dividedBy(REFUND_LOOK));
            } else {
                line.say(texts.get("orders.cancelled", String.valueOf(cancelled.order().number())), false);
            }
        });
    }

    /** Looks at the payment history once a second until payment reports the refund, or gives up saying so. */
    private void followRefund(String id, long looksLeft) {
        calls.make(() -> desk.payments(id)).whenComplete((history, failure) -> ui.execute(() -> {
            if (!id.equals(orderId)) {
                return;
            }
            Optional<PaymentRecord> refunded = Optional.ofNullable(history).flatMap(h -> h.attempts().stream()
                    .filter(p -> p.refundedAt() != null).findFirst());
            if (history != null) {
                showPayments(history);
            }
            if (refunded.isPresent()) {
                PaymentRecord p = refunded.get();
                line.say(texts.get("orders.refunded", texts.won(p.amountWon()), p.cardBrand() + " ****"
                        + p.cardLast4()), false);
            } else if (looksLeft <= 0) {
                line.say(texts.get("orders.refundNotYet"), true);
            } else {
                CompletableFuture.delayedExecutor(REFUND_LOOK.toMillis(), TimeUnit.MILLISECONDS, ui)
                        .execute(() -> followRefund(id, looksLeft - 1));
            }
        }));
    }

    private void show(OrderStory shown) {
        story = shown;
        open.set(true);
        heading.set(texts.get("orders.heading", String.valueOf(shown.order().number()),
                words.dayAndTime(shown.order().placedAt()), texts.won(shown.order().totalWon()),
                words.status(shown.order().status())));
        items.set(shown.lines().stream().map(this::itemLine).collect(Collectors.joining("\n")));
        steps.set(shown.changes().stream().map(words::step).collect(Collectors.joining("\n")));
    }

    private String itemLine(OrderLineView l) {
        String options = l.options().isEmpty() ? "" : " (" + texts.ofAll(l.options()) + ")";
        return l.quantity() + " × " + texts.of(l.name()) + options + "   " + texts.won(l.lineTotalWon());
    }

    private void showPayments(PaymentHistory history) {
        payments.set(history.attempts().isEmpty() ? texts.get("orders.noPayments")
                : history.attempts().stream().map(words::payment).collect(Collectors.joining("\n")));
    }

    private void showBar(TicketHistory ticket) {
        bar.set(ticket.ticket() == null ? texts.get("orders.notAtTheBar")
                : String.join("\n", words.ticket(ticket.ticket())));
    }

    /** The store's refusal in words: a cancellation refused names the status the order is in. */
    private String describe(Throwable failure) {
        Optional<CafeException> refused = CafeException.of(failure)
                .filter(e -> e.code() == ErrorCode.ORDER_NOT_CANCELLABLE && e.details() != null);
        if (refused.isPresent() && story != null) {
            String status = refused.get().details().path("status").asText();
            return texts.get("orders.notCancellable", String.valueOf(story.order().number()),
                    words.status(OrderStatus.valueOf(status)));
        }
        return Failures.describe(failure, texts);
    }

    /** What the three contexts answered for one order. */
    private record Loaded(OrderStory story, PaymentHistory payments, TicketHistory ticket) {

        Loaded(OrderStory story, PaymentHistory payments) {
            this(story, payments, null);
        }

        Loaded with(TicketHistory bar) {
            return new Loaded(story, payments, bar);
        }
    }
}
