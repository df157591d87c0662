package cafe.console.bar;

import cafe.contract.barista.BarQueue;
import cafe.contract.barista.Recalls;
import cafe.contract.barista.Ticket;
import cafe.contract.barista.TicketStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The bar as this console knows it: the tickets to make (the rail, first paid first), the ready
 * ones waiting on the pickup shelf, and the recently bumped ones that can be recalled. It keeps the
 * newest version of every ticket it has seen, so a late or repeated event never turns a ticket back.
 * Used on the UI thread only.
 */
public final class TicketBoard {

    static final int SLOTS = 9;
    static final int RECALL_DEPTH = Recalls.DEPTH;
    private static final Comparator<TicketCardModel> FIRST_PAID = Comparator
            .comparing((TicketCardModel c) -> c.ticket().paidAt(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(c -> c.ticket().orderNumber());
    private static final Comparator<TicketCardModel> FIRST_READY = Comparator
            .comparing((TicketCardModel c) -> c.ticket().readyAt(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(FIRST_PAID);

    /**
     * What one ticket copy did to the board. STOPPED: a ticket being made or ready was cancelled
     * (its order refunded), so its drink must not be handed over.
     */
    public enum Change { NEW, UPDATED, STOPPED, STALE }

    /**
     * What a read of the whole bar changed: the queued tickets this console had never seen, and the
     * ones it had in hand that were cancelled meanwhile (STOPPED, heard while it was offline).
     */
    public record Reloaded(List<Ticket> unseen, List<Ticket> stopped) {
    }

    /** A question for the whole bar still on its way: remembers the tickets events changed meanwhile. */
    public static final class PendingSnapshot {
        private final Set<String> touched = new HashSet<>();
    }

    private final Map<String, Ticket> newest = new HashMap<>();
    private final Map<String, TicketCardModel> cards = new HashMap<>();
    private final ObservableList<TicketCardModel> rail = FXCollections.observableArrayList();
    private final ObservableList<TicketCardModel> railView = FXCollections.unmodifiableObservableList(rail);
    private final ObservableList<TicketCardModel> shelf = FXCollections.observableArrayList();
    private final ObservableList<TicketCardModel> shelfView = FXCollections.unmodifiableObservableList(shelf);
    private final ObservableList<Ticket> recallable = FXCollections.observableArrayList();
    private final ObservableList<Ticket> recallableView = FXCollections.unmodifiableObservableList(recallable);
    private final ReadOnlyObjectWrapper<TicketCardModel> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final List<PendingSnapshot> pending = new ArrayList<>();

    // Properties

    /** Tickets to make, queued and in preparation, first paid first; the first nine have slots 1-9. */
    public ObservableList<TicketCardModel> rail() {
        return railView;
    }

    /** Ready tickets waiting to be handed over, first ready first. */
    public ObservableList<TicketCardModel> shelf() {
        return shelfView;
    }

    /** Bumped tickets that can be recalled, newest first. */
    public ObservableList<Ticket> recallable() {
        return recallableView;
    }

    /** The ticket under the bump bar's cursor: always one of the rail's while the rail is not empty. */
    public ReadOnlyObjectProperty<TicketCardModel> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Grows on every change, for derived views such as the all-day counts. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public Optional<TicketCardModel> selected() {
        return Optional.ofNullable(selected.get());
    }

    public Optional<TicketCardModel> card(String orderId) {
        return Optional.ofNullable(cards.get(orderId));
    }

    public Optional<TicketCardModel> oldestReady() {
        return shelf.stream().findFirst();
    }

    public Optional<Ticket> lastBumped() {
        return recallable.stream().findFirst();
    }

    /** Every ticket still at the bar: the rail, then the shelf. */
    public List<Ticket> activeTickets() {
        List<Ticket> all = new ArrayList<>();
        rail.forEach(c -> all.add(c.ticket()));
        shelf.forEach(c -> all.add(c.ticket()));
        return all;
    }

    // Commands

    /** Applies one ticket copy from an event or an action's answer; older copies are ignored. */
    public Change apply(Ticket ticket) {
        Ticket known = newest.get(ticket.orderId());
        if (known != null && known.version() >= ticket.version()) {
            return Change.STALE;
        }
        pending.forEach(p -> p.touched.add(ticket.orderId()));
        place(known, ticket);
        rearrange();
        if (known == null) {
            return Change.NEW;
        }
        return inHand(known) && ticket.status() == TicketStatus.CANCELLED ? Change.STOPPED : Change.UPDATED;
    }

    /** Call before asking the server for the whole bar, so events racing the answer are kept. */
    public PendingSnapshot snapshotAsked() {
        PendingSnapshot asked = new PendingSnapshot();
        pending.add(asked);
        return asked;
    }

    public void snapshotFailed(PendingSnapshot asked) {
        pending.remove(asked);
    }

    /**
     * Replaces the board with the server's: tickets it no longer lists are gone, unless an event about
     * them arrived after the question was asked.
     */
    public Reloaded applySnapshot(PendingSnapshot asked, BarQueue queue) {
        pending.remove(asked);
        Set<String> keep = asked.touched;
        Set<String> listed = new HashSet<>();
        List<Ticket> unseen = new ArrayList<>();
        for (Ticket t : queue.active()) {
            listed.add(t.orderId());
            Ticket known = newest.get(t.orderId());
            if (known == null || known.version() < t.version()) {
                place(known, t);
                if (known == null && t.status() == TicketStatus.QUEUED) {
                    unseen.add(t);
                }
            }
        }
        List<Ticket> stopped = queue.stoppedInHand().stream().filter(this::stopsOneInHand).toList();
        stopped.forEach(t -> place(newest.get(t.orderId()), t));
        // a recall of a ticket last known here before its bump (or never) must not count as a new bump
        queue.recallable().stream().filter(this::newerThanKnown).forEach(t -> place(newest.get(t.orderId()), t));
        cards.keySet().removeIf(id -> !listed.contains(id) && !keep.contains(id));
        recallable.setAll(recallableAfter(queue, keep));
        rearrange();
        return new Reloaded(unseen, stopped);
    }

    /**
     * The server's recall list, but for the tickets an event moved after the question was asked this
     * console's own, which is newer: a bump it heard first goes on top, one a recall took off stays off.
     */
    private List<Ticket> recallableAfter(BarQueue queue, Set<String> touched) {
        Stream<Ticket> heardSince = recallable.stream().filter(t -> touched.contains(t.orderId()));
        Stream<Ticket> servers = queue.recallable().stream().filter(t -> !touched.contains(t.orderId()));
        return Stream.concat(heardSince, servers).limit(RECALL_DEPTH).toList();
    }

    private boolean newerThanKnown(Ticket ticket) {
        Ticket known = newest.get(ticket.orderId());
        return known == null || known.version() < ticket.version();
    }

    private boolean stopsOneInHand(Ticket cancelled) {
        Ticket known = newest.get(cancelled.orderId());
        return known != null && known.version() < cancelled.version() && inHand(known);
    }

    private static boolean inHand(Ticket ticket) {
        return ticket.status() == TicketStatus.IN_PREPARATION || ticket.status() == TicketStatus.READY;
    }

    public boolean selectSlot(int slot) {
        if (slot < 1 || slot > Math.min(SLOTS, rail.size())) {
            return false;
        }
        select(rail.get(slot - 1));
        return true;
    }

    public void select(TicketCardModel card) {
        if (selected.get() != null) {
            selected.get().select(false);
        }
        selected.set(card);
        if (card != null) {
            card.select(true);
        }
    }

    /** Moves the cursor along the rail, e.g. with the arrow keys. */
    public void moveSelection(int delta) {
        if (rail.isEmpty()) {
            return;
        }
        int at = Math.max(0, rail.indexOf(selected.get()));
        select(rail.get(Math.floorMod(at + delta, rail.size())));
    }

    /**
     * Forgets the tickets last moved before {@code cutoff} that are neither on the board nor recallable: a
     * console that runs for weeks would otherwise keep every ticket it ever saw. No event that late
     * comes for a finished ticket.
     */
    public void forgetFinishedBefore(Instant cutoff) {
        newest.values().removeIf(t -> !cards.containsKey(t.orderId())
                && lastMoved(t).filter(moved -> moved.isBefore(cutoff)).isPresent()
                && recallable.stream().noneMatch(r -> r.orderId().equals(t.orderId())));
    }

    /** Takes off the recall list the bumps the store would no longer undo at {@code now}, by its clock. */
    public void forgetRecallsAt(Instant now) {
        Instant oldest = now.minus(Recalls.WINDOW);
        recallable.removeIf(t -> lastMoved(t).filter(bumped -> bumped.isBefore(oldest)).isPresent());
    }

    /** When the server moved the ticket last, by its own clock: the newest of its times. */
    static Optional<Instant> lastMoved(Ticket ticket) {
        return Stream.of(ticket.paidAt(), ticket.startedAt(), ticket.readyAt(), ticket.pickedUpAt())
                .filter(Objects::nonNull).max(Instant::compareTo);
    }

    /** How many tickets this console remembers, finished ones included. */
    int remembered() {
        return newest.size();
    }

    public void refreshAges(Instant now, AgeThresholds thresholds) {
        cards.values().forEach(c -> c.refreshAge(now, thresholds));
    }

    private void place(Ticket known, Ticket ticket) {
        String id = ticket.orderId();
        newest.put(id, ticket);
        recallable.removeIf(r -> r.orderId().equals(id));
        switch (ticket.status()) {
            case QUEUED, IN_PREPARATION, READY -> cards.computeIfAbsent(id, k -> new TicketCardModel(ticket))
                    .update(ticket);
            case PICKED_UP, CANCELLED -> cards.remove(id);
        }
        if (bumped(known, ticket)) {
            recallable.add(0, ticket);
            if (recallable.size() > RECALL_DEPTH) {
                recallable.remove(RECALL_DEPTH);
            }
        }
    }

    /**
     * Ready or picked up is a bump, which a recall can undo; but ready again after picked up is
     * that recall itself, and the server keeps no bump of it to undo.
     */
    private static boolean bumped(Ticket known, Ticket ticket) {
        return switch (ticket.status()) {
            case PICKED_UP -> true;
            case READY -> known == null || known.status() != TicketStatus.PICKED_UP;
            case QUEUED, IN_PREPARATION, CANCELLED -> false;
        };
    }

    private void rearrange() {
        int cursorAt = rail.indexOf(selected.get());
        List<TicketCardModel> toMake = cards.values().stream()
                .filter(c -> c.ticket().status() != TicketStatus.READY).sorted(FIRST_PAID).toList();
        List<TicketCardModel> ready = cards.values().stream()
                .filter(c -> c.ticket().status() == TicketStatus.READY).sorted(FIRST_READY).toList();
        if (!rail.equals(toMake)) {
            rail.setAll(toMake);
        }
        if (!shelf.equals(ready)) {
            shelf.setAll(ready);
        }
        for (int i = 0; i < rail.size(); i++) {
            rail.get(i).placeAt(i < SLOTS ? i + 1 : 0);
        }
        shelf.forEach(c -> c.placeAt(0));
        keepCursorOnRail(cursorAt);
        revision.set(revision.get() + 1);
    }

    /** After a bump the cursor stays where it was, now on the next ticket, as on a bump bar. */
    private void keepCursorOnRail(int cursorAt) {
        if (selected.get() != null && rail.contains(selected.get())) {
            return;
        }
        if (rail.isEmpty()) {
            select(null);
        } else {
            select(rail.get(Math.min(Math.max(cursorAt, 0), rail.size() - 1)));
        }
    }
}
