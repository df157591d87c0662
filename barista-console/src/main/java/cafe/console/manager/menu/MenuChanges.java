package cafe.console.manager.menu;

import cafe.client.ManagerClient;
import cafe.client.Subscription;
import cafe.console.manager.Failures;
import cafe.contract.menu.Menu;
import cafe.contract.wire.ErrorCode;
import cafe.terminal.i18n.Texts;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One menu change at a time on its way to the store, and the line under a form that tells how it
 * went: "sending", what was done, or the store's refusal in the screen's words. A pass that ran out
 * sends the staff member back to the sign-in card.
 */
final class MenuChanges {

    private final Texts texts;
    private final Executor ui;
    private final Consumer<String> signInAgain;
    private final Consumer<Menu> newer;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsProblem = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    /** @param newer shown the menu the store answers, before the change's own follow-up */
    MenuChanges(Texts texts, Executor ui, Consumer<String> signInAgain, Consumer<Menu> newer) {
        this.texts = texts;
        this.ui = ui;
        this.signInAgain = signInAgain;
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

    /** Follows the store's menu: the one it has now, then every change, each shown as the newer menu. */
    Subscription follow(ManagerClient client) {
        Subscription events = client.onMenuChanged(changed -> ui.execute(() -> newer.accept(changed)));
        client.menu().whenComplete((loaded, failure) -> ui.execute(() -> {
            if (failure == null) {
                newer.accept(loaded);
            } else {
                problem(Failures.describe(failure, texts));
            }
        }));
        return events;
    }

    /** Sends a change unless one is already on its way; {@code then} runs on the FX thread once it is live. */
    void send(CompletableFuture<Menu> call, Consumer<Menu> then) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set(texts.get("editor.sending"));
        messageIsProblem.set(false);
        call.whenComplete((changed, failure) -> ui.execute(() -> {
            busy.set(false);
            if (failure == null) {
                newer.accept(changed);
                then.accept(changed);
            } else if (Failures.code(failure).filter(code -> code == ErrorCode.SIGN_IN_REQUIRED).isPresent()) {
                signInAgain.accept(texts.get("failure.signIn"));
            } else {
                problem(RefusalWords.of(failure, texts).orElseGet(() -> Failures.describe(failure, texts)));
            }
        }));
    }

    void done(String key, Object... args) {
        message.set(texts.get(key, args));
        messageIsProblem.set(false);
    }

    void problem(String why) {
        message.set(why);
        messageIsProblem.set(true);
    }
}
