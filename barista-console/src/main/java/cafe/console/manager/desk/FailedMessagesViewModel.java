package cafe.console.manager.desk;

import cafe.client.CafeException;
import cafe.client.OrderDesk;
import cafe.console.manager.Failures;
import cafe.console.manager.office.StaffCalls;
import cafe.contract.desk.FailedMessage;
import cafe.terminal.i18n.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The messages the store could not deliver, as its dead-letter office keeps them, those waiting for
 * staff first: what each was, why it failed, for which order, when. A staff member retries one (it
 * goes back once to the queue it failed on) or discards it with a reason; the store records who and when.
 */
public final class FailedMessagesViewModel {

    private final OrderDesk desk;
    private final Texts texts;
    private final DeskWords words;
    private final CallLine line;
    private final ObservableList<FailedMessage> messages = FXCollections.observableArrayList();
    private final ObjectProperty<FailedMessage> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final StringProperty reason = new SimpleStringProperty("");

    FailedMessagesViewModel(OrderDesk desk, Texts texts, DeskWords words, Executor ui, StaffCalls calls) {
        this.desk = desk;
        this.texts = texts;
        this.words = words;
        this.line = new CallLine(ui, calls, this::describeFailure);
        chosen.addListener((obs, was, now) -> details.set(now == null ? "" : details(now)));
    }

    public ObservableList<FailedMessage> messages() {
        return messages;
    }

    public ObjectProperty<FailedMessage> chosenProperty() {
        return chosen;
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** The line that says what is under way, done or wrong. */
    CallLine line() {
        return line;
    }

    /** One message as the list shows it: waiting or how it was resolved, its type, queue and time. */
    public String describe(FailedMessage m) {
        return texts.get("failed.row", state(m), m.type() == null ? "?" : m.type(), m.originalQueue(),
                words.dayAndTime(m.keptAt()));
    }

    public void load() {
        line.send(desk::failedMessages, texts.get("failed.loading"), list -> {
            FailedMessage was = chosen.get();
            messages.setAll(list.messages());
            chosen.set(was == null ? null : list.messages().stream().filter(m -> m.id() == was.id()).findFirst()
                    .orElse(null));
            long waiting = list.messages().stream().filter(FailedMessage::waitsForStaff).count();
            line.say(waiting == 0 ? texts.get("failed.noneWaiting") : texts.get("failed.waiting", waiting), false);
        });
    }

    public void retry() {
        FailedMessage m = chosen.get();
        if (m != null) {
            line.send(() -> desk.retry(m.id(), blankToNull(reason.get())), texts.get("failed.retrying"), retried -> {
                replace(retried);
                line.say(texts.get("failed.retried", retried.type(), retried.originalQueue()), false);
            });
        }
    }

    public void discard() {
        FailedMessage m = chosen.get();
        String why = blankToNull(reason.get());
        if (m == null) {
            return;
        }
        if (why == null) {
            line.say(texts.get("failed.reasonNeeded"), true);
            return;
        }
        line.send(() -> desk.discard(m.id(), why), texts.get("failed.discarding"), discarded -> {
            replace(discarded);
            line.say(texts.get("failed.discarded", discarded.type()), false);
        });
    }

    private void replace(FailedMessage resolved) {
        List<FailedMessage> updated = new ArrayList<>(messages);
        updated.replaceAll(m -> m.id() == resolved.id() ? resolved : m);
        messages.setAll(updated);
        reason.set("");
        chosen.set(resolved);
    }

    private String state(FailedMessage m) {
        if (m.waitsForStaff()) {
            return texts.get("failed.stateWaiting");
        }
        if (m.resolution() == null) {
            return texts.get("failed.stateHandled");
        }
        if (m.failedAgain()) {
            return texts.get("failed.stateFailedAgain");
        }
        return texts.get("RETRIED".equals(m.resolution()) ? "failed.state.RETRIED" : "failed.state.DISCARDED");
    }

    private String details(FailedMessage m) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("failed.what", m.type() == null ? "?" : m.type(), m.originalQueue()));
        lines.add("DEAD".equals(m.fate()) ? texts.get("failed.whyDead", m.deliveries()) : texts.get("failed.whyExpired"));
        lines.add(texts.get("failed.order", m.orderId() == null ? "-" : m.orderId()));
        lines.add(texts.get("failed.when", words.dayAndTime(m.keptAt())));
        if (m.handledBy() != null) {
            lines.add(texts.get("failed.handledBy", m.handledBy()));
        }
        if (m.resolution() != null) {
            lines.add(texts.get("RETRIED".equals(m.resolution()) ? "failed.resolution.RETRIED"
                    : "failed.resolution.DISCARDED", m.resolvedBy(), words.dayAndTime(m.resolvedAt()),
                    m.note() == null ? "" : m.note()));
        }
        if (m.failedAgain()) {
            lines.add(texts.get("failed.failedAgain"));
        }
        lines.add(m.body() == null ? texts.get("failed.noBody") : texts.get("failed.body", m.body()));
        return String.join("\n", lines);
    }

    private String describeFailure(Throwable failure) {
        return CafeException.of(failure).map(e -> switch (e.code()) {
            case FAILED_MESSAGE_SETTLED -> texts.get(switch (e.details() == null ? "" : e.details().path("resolution").asText()) {
                case "RETRIED" -> "failed.settled.RETRIED";
                case "DISCARDED" -> "failed.settled.DISCARDED";
                default -> "failed.settled.HANDLED";
            });
            case FAILED_MESSAGE_NOT_RETRYABLE -> texts.get("failed.notRetryable");
            case FAILED_MESSAGE_NOT_FOUND -> texts.get("failed.notFound");
            default -> Failures.describe(failure, texts);
        }).orElseGet(() -> Failures.describe(failure, texts));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
