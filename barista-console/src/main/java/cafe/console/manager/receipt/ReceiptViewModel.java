package cafe.console.manager.receipt;

import cafe.client.ReceiptDesk;
import cafe.console.manager.Failures;
import cafe.console.manager.office.StaffCalls;
import cafe.contract.receipt.ReceiptAction;
import cafe.contract.receipt.ReceiptView;
import cafe.terminal.i18n.Texts;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The receipt desk: find a paid order's receipt by its number (or open an order's own), show it as it prints, send it to an
 * e-mail address the customer gives, print it. Each call shows that it is under way, and a failure
 * says why and can be tried again; a press of resend or print again before one went well is the same request.
 * An answer about an order no longer shown is not shown, and a call about it does not hold up the order shown now.
 */
public final class ReceiptViewModel {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("HH:mm");

    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ReceiptView> receipt = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReceiptDesk desk;
    private final Texts texts;
    private final Executor ui;
    private final StaffCalls calls;
    private final ZoneId zone;
    /** Presses of resend and print not yet answered well, by what they asked: a press again keeps the id. */
    private final Map<Press, String> unconfirmed = new HashMap<>();
    /** Counts the orders shown: an answer about one shown before is not shown. */
    private int shownOrders;
    /** The look-up whose failure the screen shows, to make again once the store is reached. */
    private Runnable failedLookup;

    public ReceiptViewModel(ReceiptDesk desk, Texts texts, Executor ui, StaffCalls calls, ZoneId zone) {
        this.desk = desk;
        this.texts = texts;
        this.ui = ui;
        this.calls = calls;
        this.zone = zone;
    }

    // Properties

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public ReadOnlyObjectProperty<ReceiptView> receiptProperty() {
        return receipt.getReadOnlyProperty();
    }

    /** What happened last, or what is under way: "Looking for 105...", "Sent to j***@...". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the message is a failure. */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Texts texts() {
        return texts;
    }

    /** "Resent to j***@example.com by Kim Minji at 14:05", oldest first. */
    public List<String> history(ReceiptView view) {
        return view.history().stream().map(this::describe).toList();
    }

    // Commands

    public void find() {
        failedLookup = null;
        int orderNumber;
        try {
            orderNumber = Integer.parseInt(number.get().strip().replace("#", ""));
        } catch (NumberFormatException e) {
            fail(texts.get("receipt.numberNeeded"));
            return;
        }
        String typed = String.valueOf(orderNumber);
        lookUp(texts.get("receipt.finding", typed), () -> desk.find(orderNumber), texts.get("receipt.notFound", typed));
    }

    /** Shows the receipt of this order (number {@code orderNumber}), as the order's history asks for it. */
    public void open(String orderId, int orderNumber) {
        String number = String.valueOf(orderNumber);
        lookUp(texts.get("receipt.finding", number), () -> desk.of(orderId), texts.get("receipt.notPaid", number));
    }

    /** The link to the store is back: a look-up that failed, if the screen still tells of it, is made again. */
    public void storeReached() {
        Runnable again = failedLookup;
        failedLookup = null;
        if (again != null && !busy.get()) {
            again.run();
        }
    }

    /**
     * Forgets the shown receipt and what was said: another order is on the screen. A call still under
     * way for the order shown before goes on, but no longer holds up this one's.
     */
    public void clear() {
        shownOrders++;
        failedLookup = null;
        receipt.set(null);
        busy.set(false);
        problem.set(false);
        message.set("");
    }

    /** Sends the shown receipt to the typed address; the same press retried after a failure keeps its id. */
    public void resend() {
        ReceiptView shown = receipt.get();
        if (shown != null) {
            String to = email.get().strip();
            Press press = new Press("resend", shown.orderId(), to);
            String requestId = unconfirmed.computeIfAbsent(press, p -> UUID.randomUUID().toString());
            run(texts.get("receipt.sending"), () -> desk.resend(requestId, shown.orderId(), to),
                    sent -> confirmed(press, texts.get("receipt.sent", to)), notFound(shown));
        }
    }

    public void print() {
        ReceiptView shown = receipt.get();
        if (shown != null) {
            Press press = new Press("print", shown.orderId(), "");
            String requestId = unconfirmed.computeIfAbsent(press, p -> UUID.randomUUID().toString());
            run(texts.get("receipt.printing"), () -> desk.print(requestId, shown.orderId()),
                    printed -> confirmed(press, texts.get("receipt.printed")), notFound(shown));
        }
    }

    /** The press went well: the next press of it is a new request (a second copy). */
    private String confirmed(Press press, String said) {
        unconfirmed.remove(press);
        return said;
    }

    private String notFound(ReceiptView shown) {
        return texts.get("receipt.notPaid", String.valueOf(shown.orderNumber()));
    }

    private void lookUp(String underWay, Supplier<CompletableFuture<ReceiptView>> call, String notFound) {
        run(underWay, call, found -> "", notFound, () -> lookUp(underWay, call, notFound));
    }

    private void run(String underWay, Supplier<CompletableFuture<ReceiptView>> call,
                     Function<ReceiptView, String> done, String notFound) {
        run(underWay, call, done, notFound, null);
    }

    /**
     * @param notFound what RECEIPT_NOT_FOUND means for this call
     * @param again the call made anew should it fail, for a look-up; null for a resend or a print
     */
    private void run(String underWay, Supplier<CompletableFuture<ReceiptView>> call,
                     Function<ReceiptView, String> done, String notFound, Runnable again) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        problem.set(false);
        message.set(underWay);
        int order = shownOrders;
        calls.make(call).whenCompleteAsync((view, failure) -> {
            String said = failure == null ? done.apply(view) : null;
            if (order != shownOrders) {
                return;
            }
            busy.set(false);
            failedLookup = failure != null && Failures.storeAway(failure) ? again : null;
            if (failure == null) {
                receipt.set(view);
                message.set(said);
            } else {
                fail(describe(failure, notFound));
            }
        }, ui);
    }

    private String describe(Throwable failure, String notFound) {
        return Failures.code(failure).map(code -> switch (code) {
            case RECEIPT_NOT_FOUND -> notFound;
            case CONTACT_INVALID -> texts.get("receipt.emailInvalid");
            case PRINTER_FAILED -> texts.get("receipt.printerFailed", failure.getMessage());
            default -> Failures.describe(failure, texts);
        }).orElse(Failures.describe(failure, texts));
    }

    private void fail(String why) {
        problem.set(true);
        message.set(why);
    }

    private String describe(ReceiptAction action) {
        String at = AT.format(action.at().atZone(zone));
        return "RESENT".equals(action.action())
                ? texts.get("receipt.historyResent", action.detail(), action.staffName(), at)
                : texts.get("receipt.historyPrinted", action.staffName(), at);
    }

    /** A press of resend or print, by what it asks: which order's receipt, and where to. */
    private record Press(String action, String orderId, String to) {
    }
}
