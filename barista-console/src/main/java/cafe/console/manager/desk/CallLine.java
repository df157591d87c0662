package cafe.console.manager.desk;

import cafe.console.manager.Failures;
import cafe.console.manager.office.StaffCalls;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One call to the store at a time and the line that tells how it went: what is under way, what was
 * done, or why it failed in the screen's words. Calls go through {@link StaffCalls}, so one refused
 * because the pass ran out goes again once the staff member signed in again. Answers come back on
 * the FX thread through {@code ui}.
 */
final class CallLine {

    private final Executor ui;
    private final StaffCalls calls;
    private final Function<Throwable, String> words;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    /** A call asked for while another was under way, made once that one is answered. */
    private Runnable owed;
    /** The read whose failure the line shows, to make again once the store is reached. */
    private Runnable failedRead;

    /** @param words a failure in this screen's words (the general ones of {@link Failures} otherwise) */
    CallLine(Executor ui, StaffCalls calls, Function<Throwable, String> words) {
        this.ui = ui;
        this.calls = calls;
        this.words = words;
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * Makes the call unless one is under way (then nothing goes to the store), saying {@code underWay};
     * {@code then} gets the answer on the FX thread.
     */
    <T> void send(Supplier<CompletableFuture<T>> call, String underWay, Consumer<T> then) {
        send(call, underWay, then, null);
    }

    /** As {@link #send}, for a call that only reads: one that fails is made again by {@link #readAgainIfFailed}. */
    <T> void read(Supplier<CompletableFuture<T>> call, String underWay, Consumer<T> then) {
        send(call, underWay, then, () -> read(call, underWay, then));
    }

    /**
     * The store is reached again: the read that failed is made again, if the line still tells of it
     * (anything said on the line since forgot it).
     */
    void readAgainIfFailed() {
        Runnable again = failedRead;
        failedRead = null;
        if (again != null) {
            whenFree(again);
        }
    }

    private <T> void send(Supplier<CompletableFuture<T>> call, String underWay, Consumer<T> then, Runnable again) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        say(underWay, false);
        calls.make(call).whenComplete((answer, failure) -> ui.execute(() -> {
            busy.set(false);
            if (failure == null) {
                say("", false);
                then.accept(answer);
            } else {
                say(words.apply(failure), true);
                failedRead = Failures.storeAway(failure) ? again : null;
            }
            Runnable next = owed;
            owed = null;
            if (next != null) {
                next.run();
            }
        }));
    }

    /** Runs {@code call} now if no call is under way, else once it is answered; a newer one replaces it. */
    void whenFree(Runnable call) {
        if (busy.get()) {
            owed = call;
        } else {
            call.run();
        }
    }

    /** Says what is under way, done or wrong; a read that failed before is no longer what the line tells of. */
    void say(String text, boolean isProblem) {
        failedRead = null;
        message.set(text);
        problem.set(isProblem);
    }
}
