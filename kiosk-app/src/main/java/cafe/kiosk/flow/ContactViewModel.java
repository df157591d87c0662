package cafe.kiosk.flow;

import cafe.client.CafeException;
import cafe.client.KioskClient;
import cafe.contract.wire.ErrorCode;
import cafe.kiosk.pay.PaidOrder;
import cafe.terminal.i18n.Texts;
import cafe.terminal.time.Alarm;
import cafe.terminal.time.TerminalClock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After payment, before the order number: "text or e-mail me when it's ready", never required. The
 * customer chooses a text message or an e-mail, taps a phone number or an address on the screen's
 * keys and sends it, or skips in one tap; untouched, the step moves on by itself. What is sent goes
 * to the store and cannot be read back from it; a bad one gets a clear message, and a store that
 * does not answer never holds the customer: they may skip.
 */
public final class ContactViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ContactViewModel.class);
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{6,18}[0-9]");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    /** The longest address RFC 5321 allows: a stuck key stops here. */
    private static final int LONGEST = 254;

    private final StringProperty typed = new SimpleStringProperty("");
    private final ObjectProperty<ContactChannel> channel = new SimpleObjectProperty<>(ContactChannel.PHONE);
    /** The text key of what is wrong with what was typed: the words follow the customer's language. */
    private final StringProperty problemKey = new SimpleStringProperty();
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper();
    private final KioskClient kiosk;
    private final Executor ui;
    private final Consumer<PaidOrder> movedOn;
    private final StringBinding countdown;
    private final StringBinding problem;
    private PaidOrder order;
    private Duration shownFor = Duration.ZERO;
    private final Alarm moveOnAlarm;
    private Runnable readBack = () -> { };

    ContactViewModel(ObservableValue<Texts> texts, KioskClient kiosk, TerminalClock clock, Executor ui,
                     Consumer<PaidOrder> movedOn) {
        this.kiosk = kiosk;
        this.moveOnAlarm = new Alarm(clock);
        this.ui = ui;
        this.movedOn = movedOn;
        // while the contact is on its way the countdown waits, and the line says what is going on
        countdown = Bindings.createStringBinding(() -> sending.get() ? texts.getValue().get("contact.sending")
                : texts.getValue().get("contact.countdown", secondsLeft.get()), sending, secondsLeft, texts);
        problem = TextBindings.key(texts, problemKey);
        typed.subscribe(() -> {
            problemKey.set(null);
            restartCountdown();
        });
        channel.subscribe(() -> typed.set(""));
    }

    // Properties

    /** What the customer typed: a phone number or an e-mail address. */
    public StringProperty typedProperty() {
        return typed;
    }

    /** A text message to a phone number (the default) or an e-mail; choosing the other clears what was typed. */
    public ObjectProperty<ContactChannel> channelProperty() {
        return channel;
    }

    /** Why what was typed cannot be used, in the customer's language; null while there is nothing wrong. */
    public StringBinding problem() {
        return problem;
    }

    public ReadOnlyBooleanProperty sendingProperty() {
        return sending.getReadOnlyProperty();
    }

    /** "Your order number in 20 s". */
    public StringBinding countdown() {
        return countdown;
    }

    // Commands

    /** A key of the screen's keyboard: a character, or an ending such as "@gmail.com". */
    public void type(String keys) {
        String now = typed.get();
        if (now.length() + keys.length() <= LONGEST) {
            typed.set(now + keys);
        }
    }

    /** The screen keyboard's backspace. */
    public void eraseLast() {
        String now = typed.get();
        if (!now.isEmpty()) {
            typed.set(now.substring(0, now.length() - 1));
        }
    }

    public void clear() {
        typed.set("");
    }

    /** Has what was typed read aloud (accessible mode); the reader is the kiosk's spoken guide. */
    public void readBack() {
        readBack.run();
    }

    /** Who reads the typed text aloud when the customer asks. */
    public void whenReadBack(Runnable reader) {
        readBack = reader;
    }

    /** Sends what was typed; a phone number or e-mail the kiosk can tell is wrong is refused at once. */
    public void send() {
        String contact = typed.get() == null ? "" : typed.get().strip();
        if (sending.get() || order == null) {
            return;
        }
        // cleared first, so the same refusal a second time is shown (and said) anew
        problemKey.set(null);
        if (!(channel.get() == ContactChannel.PHONE ? PHONE : EMAIL).matcher(contact).matches()) {
            problemKey.set(invalid());
            restartCountdown();
            return;
        }
        sending.set(true);
        String orderId = order.orderId();
        kiosk.leaveContact(orderId, order.orderKey(), contact).whenCompleteAsync((ok, failure) -> {
            sending.set(false);
            if (order == null || !order.orderId().equals(orderId)) {
                return;
            }
            if (failure == null) {
                moveOn();
            } else {
                refused(CafeException.of(failure).map(CafeException::code).orElse(ErrorCode.INTERNAL_ERROR));
            }
        }, ui);
    }

    /** No, thanks: on to the order number. */
    public void skip() {
        if (order != null) {
            moveOn();
        }
    }

    void show(PaidOrder paid, Duration shownFor) {
        order = paid;
        channel.set(ContactChannel.PHONE);
        typed.set("");
        problemKey.set(null);
        countDownFrom(shownFor);
    }

    /** Counts down again, from {@code shownFor} and after every key from then on. */
    void countDownFrom(Duration shownFor) {
        this.shownFor = shownFor;
        restartCountdown();
    }

    /** A touch or key on this step: the countdown starts over (not while sending, which holds it). */
    void stillHere() {
        if (order != null && !sending.get()) {
            restartCountdown();
        }
    }

    /** Once a second while shown: counts down, and moves on at zero (not while sending). */
    void tick() {
        secondsLeft.set(moveOnAlarm.secondsLeft());
        if (order != null && !sending.get() && moveOnAlarm.rings()) {
            LOG.info("Contact step for order {} passed by itself", order.orderId());
            moveOn();
        }
    }

    void reset() {
        order = null;
        channel.set(ContactChannel.PHONE);
        typed.set("");
        problemKey.set(null);
        sending.set(false);
        moveOnAlarm.clear();
    }

    private void refused(ErrorCode code) {
        LOG.info("Contact for order {} not taken: {}", order.orderId(), code);
        problemKey.set(code == ErrorCode.CONTACT_INVALID ? invalid() : "contact.failed");
        restartCountdown();
    }

    private String invalid() {
        return channel.get() == ContactChannel.PHONE ? "contact.invalid.phone" : "contact.invalid.email";
    }

    private void restartCountdown() {
        moveOnAlarm.setIn(shownFor);
        secondsLeft.set((int) shownFor.toSeconds());
    }

    /** The next screen first, then the reset: nothing said of the emptied field is heard over it. */
    private void moveOn() {
        movedOn.accept(order);
        reset();
    }
}
