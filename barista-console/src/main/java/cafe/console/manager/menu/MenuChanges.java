package cafe.console.manager.menu;

import cafe.client.ManagerClient;
import cafe.client.Subscription;
import cafe.console.manager.Failures;
import cafe.console.manager.office.StaffCalls;
import cafe.contract.menu.Menu;
import cafe.terminal.i18n.Texts;
import cafe.terminal.menu.ShownMenu;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One menu change at a time on its way to the store, and the line under a form that tells how it
 * went: "sending", what was done, or the store's refusal in the screen's words. A change refused
 * because the pass ran out goes again once the staff member signed in again ({@link StaffCalls}).
 */
final class MenuChanges {

    static final Duration READ_AGAIN = Duration.ofSeconds(3);

    private final Texts texts;
    private final Executor ui;
    private final StaffCalls calls;
    private final Consumer<Menu> newer;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsProblem = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ShownMenu shown = new ShownMenu();
    private boolean following;
    /** The line says why the last read failed, and nothing has been said on it since. */
    private boolean readProblemShown;
    /** Reads asked so far: the answer of any but the newest is dropped. */
    private int reads;

    /** @param newer shown the menu the store answers, before the change's own follow-up */
    MenuChanges(Texts texts, Executor ui, StaffCalls calls, Consumer<Menu> newer) {
        this.texts = texts;
        this.ui = ui;
        this.calls = calls;
        this.newer = newer;
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty messageIsProblemProperty() {
        return messageIsProblem.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * Follows the store's menu: the one it has now, then every change. Which one the form shows is
     * {@link ShownMenu}'s rule, as on the kiosks and consoles: a read wins over the menu shown even
     * when older (a store restored from a backup counts lower), unless a newer one came meanwhile.
     */
    Subscription follow(ManagerClient client) {
        Subscription events = client.onMenuChanged(changed -> ui.execute(() -> shown.heard(changed).ifPresent(newer)));
        following = true;
        read(client);
        return () -> {
            following = false;
            events.close();
        };
    }

    /**
     * Reads the store's menu again (after the link was down, when its changes went unheard); a read
     * that fails is asked again {@link #READ_AGAIN} later, and only the newest read's answer counts.
     */
    void read(ManagerClient client) {
        int asked = ++reads;
        shown.readAsked();
        client.menu().whenComplete((loaded, failure) -> ui.execute(() -> {
            if (!following || asked != reads) {
                return;
            }
            if (failure == null) {
                readAnswered();
                shown.read(loaded).ifPresent(newer);
            } else {
                problem(Failures.describe(failure, texts));
                readProblemShown = true;
                CompletableFuture.runAsync(() -> {
                    if (following && asked == reads) {
                        read(client);
                    }
                }, CompletableFuture.delayedExecutor(READ_AGAIN.toMillis(), TimeUnit.MILLISECONDS, ui));
            }
        }));
    }

    /**
     * A read's failure stays on the line until a read succeeds; then the line is cleared, unless
     * something else was said on it meanwhile (why a change was refused).
     */
    private void readAnswered() {
        if (readProblemShown) {
            message.set("");
            messageIsProblem.set(false);
        }
        readProblemShown = false;
    }

    /**
     * Makes the change unless one is already on its way (then nothing goes to the store); {@code then}
     * runs on the FX thread once it is live (an answered menu is shown first).
     */
    <T> void send(Supplier<CompletableFuture<T>> call, Consumer<T> then) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        readProblemShown = false;
        message.set(texts.get("editor.sending"));
        messageIsProblem.set(false);
        calls.make(call).whenComplete((changed, failure) -> ui.execute(() -> {
            busy.set(false);
            if (failure == null) {
                if (changed instanceof Menu menu) {
                    shown.heard(menu).ifPresent(newer);
                }
                then.accept(changed);
            } else if (failure.getCause() instanceof KioskPicture.Unfit unfit) {
                problem(texts.get(unfit.getMessage()));
            } else {
                problem(RefusalWords.of(failure, texts).orElseGet(() -> Failures.describe(failure, texts)));
            }
        }));
    }

    void done(String key, Object... args) {
        readProblemShown = false;
        message.set(texts.get(key, args));
        messageIsProblem.set(false);
    }

    void problem(String why) {
        readProblemShown = false;
        message.set(why);
        messageIsProblem.set(true);
    }
}
