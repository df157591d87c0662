package cafe.kiosk.flow;

import cafe.terminal.time.TerminalClock;
import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Notices a customer who walked away: after the idle time without a touch it warns with a
 * countdown, and when the countdown runs out it calls the reset. In accessible mode every time is
 * doubled. Ticked once a second by the window; the clock is injected so tests need not wait. Quiet
 * time is measured on the steady count: a PC clock set forward does not time a customer out.
 */
public final class IdleWatch {

    public static final Duration IDLE = Duration.ofSeconds(90);
    /** A customer sent to staff with the order's number may be minutes away, fetching someone. */
    public static final Duration STAFF_CALLED = Duration.ofMinutes(5);
    public static final Duration COUNTDOWN = Duration.ofSeconds(10);

    private final ReadOnlyBooleanWrapper warning = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper();
    private final TerminalClock clock;
    private final Runnable reset;
    private long lastTouchNanos;
    private int slowness = 1;

    public IdleWatch(TerminalClock clock, Runnable reset) {
        this.clock = clock;
        this.reset = reset;
        this.lastTouchNanos = clock.steadyNanos();
    }

    /** The "are you still there?" countdown is showing. */
    public ReadOnlyBooleanProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    /** Any touch, key or click: the customer is here. */
    public void touched() {
        lastTouchNanos = clock.steadyNanos();
        warning.set(false);
    }

    /** Accessible mode doubles the idle time and the countdown. */
    public void setDoubled(boolean doubled) {
        slowness = doubled ? 2 : 1;
    }

    /**
     * One second passed, on a screen that may stay untouched for {@code patience} before the countdown;
     * {@code watching} is false where nobody can be timed out (start screen, paying).
     */
    public void tick(boolean watching, Duration patience) {
        if (!watching) {
            touched();
            return;
        }
        Duration quiet = Duration.ofNanos(clock.steadyNanos() - lastTouchNanos);
        Duration idle = patience.multipliedBy(slowness);
        if (quiet.compareTo(idle) < 0) {
            warning.set(false);
            return;
        }
        long left = COUNTDOWN.multipliedBy(slowness).minus(quiet.minus(idle)).toSeconds();
        if (left <= 0) {
            touched();
            reset.run();
            return;
        }
        secondsLeft.set((int) left);
        warning.set(true);
    }

    /**
     * One second passed on a screen where nothing would be lost (the start screen with a language or
     * easy mode a customer chose and walked away from): after the idle time it resets without asking.
     */
    public void tickQuietly() {
        if (clock.steadyNanos() - lastTouchNanos >= IDLE.multipliedBy(slowness).toNanos()) {
            touched();
            reset.run();
        }
    }
}
