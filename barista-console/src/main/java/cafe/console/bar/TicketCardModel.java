package cafe.console.bar;

import cafe.contract.barista.Ticket;
import cafe.contract.barista.TicketLine;
import cafe.contract.barista.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One ticket card on the bar's screen: the newest copy of the ticket, its bump-bar slot (1-9, 0 for
 * none), whether the cursor is on it, its timer and age colour, and whether an action on it is
 * still waiting for the server.
 */
public final class TicketCardModel {

    private final ReadOnlyObjectWrapper<Ticket> ticket;
    private final ReadOnlyIntegerWrapper slot = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper selected = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<AgeLevel> ageLevel = new ReadOnlyObjectWrapper<>(AgeLevel.FRESH);
    private final ReadOnlyStringWrapper ageText = new ReadOnlyStringWrapper("0:00");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    TicketCardModel(Ticket ticket) {
        this.ticket = new ReadOnlyObjectWrapper<>(ticket);
    }

    // Properties

    public ReadOnlyObjectProperty<Ticket> ticketProperty() {
        return ticket.getReadOnlyProperty();
    }

    public Ticket ticket() {
        return ticket.get();
    }

    public String orderId() {
        return ticket.get().orderId();
    }

    public ReadOnlyIntegerProperty slotProperty() {
        return slot.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AgeLevel> ageLevelProperty() {
        return ageLevel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ageTextProperty() {
        return ageText.getReadOnlyProperty();
    }

    /** True while a start, ready or pick-up of this ticket waits for the server's answer. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when every drink is ticked off: the card invites "ready". */
    public boolean allDone() {
        return ticket.get().lines().stream().allMatch(TicketLine::done);
    }

    // Commands (package-private: the board owns the cards)

    void update(Ticket newer) {
        ticket.set(newer);
    }

    void placeAt(int newSlot) {
        slot.set(newSlot);
    }

    void select(boolean on) {
        selected.set(on);
    }

    void busy(boolean on) {
        busy.set(on);
    }

    /** Ready tickets count from when they were bumped; the others from payment. */
    void refreshAge(Instant now, AgeThresholds thresholds) {
        Ticket t = ticket.get();
        boolean ready = t.status() == TicketStatus.READY && t.readyAt() != null;
        Instant from = ready ? t.readyAt() : t.paidAt();
        Duration age = from == null ? Duration.ZERO : Duration.between(from, now);
        ageText.set(Elapsed.clock(age));
        ageLevel.set(ready ? AgeLevel.FRESH : thresholds.levelOf(age));
    }
}
