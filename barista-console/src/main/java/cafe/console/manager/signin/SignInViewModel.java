package cafe.console.manager.signin;

import cafe.client.CafeException;
import cafe.client.ManagerClient;
import cafe.console.manager.Failures;
import cafe.contract.staff.StaffMember;
import cafe.contract.staff.StaffPass;
import cafe.contract.wire.ErrorCode;
import cafe.terminal.i18n.Texts;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The manager screen's door: a staff member picks their name and types their PIN. A wrong PIN says
 * how many tries are left, a wait how long it lasts; the PIN field is emptied after every try.
 */
public final class SignInViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SignInViewModel.class);
    static final Duration ASK_AGAIN = Duration.ofSeconds(3);

    private final ManagerClient client;
    private final Texts texts;
    private final Executor ui;
    private final Consumer<StaffPass> signedIn;
    private final ObservableList<StaffMember> staff = FXCollections.observableArrayList();
    private final ObjectProperty<StaffMember> chosen = new SimpleObjectProperty<>();
    private final StringProperty pin = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    /** Readings of the staff asked so far: only the newest one's answer counts, or asks again. */
    private int loads;
    /** The message line says why the last reading failed, and nothing has been said on it since. */
    private boolean loadProblemShown;

    public SignInViewModel(ManagerClient client, Texts texts, Executor ui, Consumer<StaffPass> signedIn) {
        this.client = client;
        this.texts = texts;
        this.ui = ui;
        this.signedIn = signedIn;
    }

    public ObservableList<StaffMember> staff() {
        return staff;
    }

    public ObjectProperty<StaffMember> chosenProperty() {
        return chosen;
    }

    public StringProperty pinProperty() {
        return pin;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /**
     * Asks the store who may sign in. While it cannot be reached or does not answer, says so and asks
     * again every {@link #ASK_AGAIN} (the link may be up while the store server is not); a PC not
     * paired as the manager's is told so once.
     */
    public void load() {
        int asked = ++loads;
        client.staff().whenComplete((list, failure) -> ui.execute(() -> {
            if (asked != loads) {
                return;
            }
            if (failure != null) {
                loadFailed(failure);
                return;
            }
            if (loadProblemShown) {
                say("");
            }
            staff.setAll(list.members());
            if (list.members().isEmpty()) {
                say(texts.get("signin.noStaff"));
            }
            if (chosen.get() == null && list.members().size() == 1) {
                chosen.set(list.members().get(0));
            }
        }));
    }

    private void loadFailed(Throwable failure) {
        if (Failures.code(failure).orElse(null) == ErrorCode.FORBIDDEN) {
            say(Failures.describe(failure, texts));
            return;
        }
        LOG.warn("The staff who may sign in could not be read, asking again: {}", failure.toString());
        say(Failures.code(failure).orElse(null) == ErrorCode.NOT_CONNECTED
                ? Failures.describe(failure, texts) : texts.get("signin.unanswered"));
        loadProblemShown = true;
        int asked = loads;
        CompletableFuture.runAsync(() -> {
            if (asked == loads) {
                load();
            }
        }, CompletableFuture.delayedExecutor(ASK_AGAIN.toMillis(), TimeUnit.MILLISECONDS, ui));
    }

    private void say(String text) {
        loadProblemShown = false;
        message.set(text);
    }

    /** Stops asking who may sign in (the card is gone): an answer still on its way is dropped. */
    public void stop() {
        loads++;
    }

    /** Shows a reason, such as "your pass ran out", above the PIN. */
    public void tell(String why) {
        say(why);
    }

    public void signIn() {
        if (busy.get()) {
            return;
        }
        if (chosen.get() == null) {
            say(texts.get("signin.chooseName"));
            return;
        }
        if (pin.get().isEmpty()) {
            say(texts.get("signin.typePin"));
            return;
        }
        StaffMember member = chosen.get();
        char[] typed = pin.get().toCharArray();
        pin.set("");
        busy.set(true);
        say(texts.get("signin.checking"));
        client.signIn(member.id(), typed).whenComplete((pass, failure) -> ui.execute(() -> {
            busy.set(false);
            if (failure == null) {
                LOG.info("{} signed in at the manager screen", member.id());
                say("");
                signedIn.accept(pass);
            } else {
                say(refusal(member, failure));
            }
        }));
    }

    private String refusal(StaffMember member, Throwable failure) {
        CafeException refused = CafeException.of(failure).orElse(null);
        if (refused != null && refused.code() == ErrorCode.PIN_WRONG && refused.details() != null) {
            return texts.get("signin.wrongPin", member.name(), refused.details().asInt());
        }
        if (refused != null && refused.code() == ErrorCode.PIN_LOCKED && refused.details() != null) {
            return texts.waiting("signin.locked.seconds", "signin.locked.minutes",
                    Duration.ofSeconds(refused.details().asLong()), member.name());
        }
        return Failures.describe(failure, texts);
    }
}
