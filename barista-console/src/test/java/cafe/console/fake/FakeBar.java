package cafe.console.fake;

import cafe.client.BaristaClient;
import cafe.client.ConnectionState;
import cafe.client.CafeException;
import cafe.client.Subscription;
import cafe.contract.barista.BarQueue;
import cafe.contract.barista.CheckItem;
import cafe.contract.barista.DayStats;
import cafe.contract.barista.Ticket;
import cafe.contract.barista.TicketAction;
import cafe.contract.barista.TicketEvent;
import cafe.contract.barista.TicketLine;
import cafe.contract.barista.TicketStatus;
import cafe.contract.menu.Menu;
import cafe.contract.menu.SetAvailability;
import cafe.contract.order.CancelOrder;
import cafe.contract.order.OrderType;
import cafe.contract.wire.ErrorCode;
import cafe.terminal.testing.ScriptedConnection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An in-memory bar that answers like the StoreServer's barista queue: the same transitions and
 * refusals, a version per change, and a TicketEvent for every change (lost while offline).
 */
public final class FakeBar implements BaristaClient {

    private final Clock clock;
    private final Map<String, Ticket> tickets = new LinkedHashMap<>();
    private final List<String> bumped = new ArrayList<>();
    private final List<Consumer<TicketEvent>> ticketListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Menu>> menuListeners = new CopyOnWriteArrayList<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private Menu menu = SampleMenu.menu();
    private boolean menuUnavailable;
    private DayStats stats = new DayStats(0, 0, 0, 0, 0);
    private volatile boolean online = true;
    private volatile boolean silent;
    private volatile boolean heard = true;
    private volatile boolean cutOff;
    private List<Ticket> late;
    private List<Runnable> heldAnswers;
    private int nextNumber = 101;

    public FakeBar(Clock clock) {
        this.clock = clock;
    }

    // what a test does to the bar

    /** A kiosk's order was paid just now: its ticket is queued. */
    public synchronized Ticket pay(OrderType type, TicketLine... lines) {
        return payAt(clock.instant(), type, lines);
    }

    /** An order paid while this console cannot hear it. */
    public synchronized Ticket unheardPay(OrderType type, TicketLine... lines) {
        Ticket[] paid = new Ticket[1];
        unheard(() -> paid[0] = pay(type, lines));
        return paid[0];
    }

    public synchronized Ticket payAt(Instant paidAt, OrderType type, TicketLine... lines) {
        int number = nextNumber++;
        Ticket t = new Ticket("order-" + number, number, type, TicketStatus.QUEUED, List.of(lines), paidAt,
                null, null, null, null, 1);
        tickets.put(t.orderId(), t);
        publish(t);
        return t;
    }

    /** Another console (or nobody, while this one is offline) changes a ticket. */
    public synchronized Ticket startFrom(String station, String orderId) {
        return change(tickets.get(orderId), TicketStatus.IN_PREPARATION, station);
    }

    /** The store cancels and refunds the order whatever its step (ordering had not heard of the start). */
    public synchronized Ticket cancelledByTheStore(String orderId) {
        return change(tickets.get(orderId), TicketStatus.CANCELLED, null);
    }

    /** Changes made by others that this console does not hear about (its link is down). */
    public synchronized void unheard(Runnable changes) {
        boolean wasOnline = online;
        online = true;
        heard = false;
        try {
            changes.run();
        } finally {
            heard = true;
            online = wasOnline;
        }
    }

    /**
     * The link breaks while the console's {@code calls} are on their way: the bar carries them out, but
     * their answers fail NOT_CONNECTED and their events are lost, as a real link's are.
     */
    public synchronized void cutOffAfterCarryingOut(Runnable calls) {
        cutOff = true;
        heard = false;
        try {
            calls.run();
        } finally {
            cutOff = false;
            heard = true;
        }
    }

    /**
     * Events of the changes made during {@code changes} arrive only after it, as a real server's
     * do after the answer to the command that made them.
     */
    public void eventsAfterAnswers(Runnable changes) {
        List<Ticket> held = new ArrayList<>();
        synchronized (this) {
            late = held;
        }
        try {
            changes.run();
        } finally {
            synchronized (this) {
                late = null;
            }
            held.forEach(this::publish);
        }
    }

    /**
     * The answers and the events of {@code calls} come only once all of them are made: a second key
     * pressed within a command's round trip finds the first one's answer still on its way.
     */
    public void answersAfter(Runnable calls) {
        List<Runnable> answers = new ArrayList<>();
        synchronized (this) {
            heldAnswers = answers;
        }
        eventsAfterAnswers(() -> {
            try {
                calls.run();
            } finally {
                synchronized (this) {
                    heldAnswers = null;
                }
                answers.forEach(Runnable::run);
            }
        });
    }

    public synchronized void dayStats(DayStats next) {
        stats = next;
    }

    /** A link to this bar that the test drops and restores; while it is down the bar delivers no events. */
    public ScriptedConnection connection(ConnectionState initial) {
        ScriptedConnection link = ScriptedConnection.ofBarista(this, initial);
        link.onStateChange(state -> online(state == ConnectionState.CONNECTED));
        return link;
    }

    public synchronized void online(boolean on) {
        online = on;
    }

    /** With the link up, the store server behind its broker answers nothing (TIMEOUT), or again. */
    public synchronized void silent(boolean on) {
        silent = on;
    }

    public List<String> calls() {
        return List.copyOf(calls);
    }

    public synchronized Ticket ticket(String orderId) {
        return tickets.get(orderId);
    }

    public synchronized Menu currentMenu() {
        return menu;
    }

    // BaristaClient

    @Override
    public synchronized CompletableFuture<BarQueue> barQueue() {
        calls.add("barQueue");
        return answer(() -> {
            List<Ticket> active = tickets.values().stream()
                    .filter(t -> t.status() != TicketStatus.PICKED_UP && t.status() != TicketStatus.CANCELLED)
                    .sorted(Comparator.comparing(Ticket::paidAt)).toList();
            List<Ticket> recallable = bumped.stream().map(tickets::get).toList();
            List<Ticket> stopped = tickets.values().stream()
                    .filter(t -> t.status() == TicketStatus.CANCELLED && t.startedAt() != null).toList();
            return new BarQueue(active, recallable, stopped);
        });
    }

    @Override
    public synchronized CompletableFuture<Ticket> start(TicketAction a) {
        calls.add("start " + a.orderId() + " @" + a.station());
        return answer(() -> {
            Ticket t = find(a.orderId());
            if (t.status() == TicketStatus.IN_PREPARATION && !a.station().equals(t.station())) {
                throw new CafeException(ErrorCode.ALREADY_STARTED, "started at " + t.station());
            }
            return change(expect(t, TicketStatus.QUEUED), TicketStatus.IN_PREPARATION, a.station());
        });
    }

    @Override
    public synchronized CompletableFuture<Ticket> checkItem(CheckItem c) {
        calls.add("checkItem " + c.orderId() + " " + c.lineIndex() + " " + c.done());
        return answer(() -> {
            Ticket t = expect(find(c.orderId()), TicketStatus.IN_PREPARATION);
            List<TicketLine> lines = t.lines().stream().map(l -> l.index() != c.lineIndex() ? l
                    : new TicketLine(l.index(), l.itemId(), l.name(), l.options(), l.quantity(), c.done())).toList();
            return save(new Ticket(t.orderId(), t.orderNumber(), t.orderType(), t.status(), lines, t.paidAt(),
                    t.startedAt(), t.readyAt(), t.pickedUpAt(), t.station(), t.version() + 1));
        });
    }

    @Override
    public synchronized CompletableFuture<Ticket> markReady(TicketAction a) {
        calls.add("markReady " + a.orderId());
        return answer(() -> bump(change(expect(find(a.orderId()), TicketStatus.IN_PREPARATION),
                TicketStatus.READY, a.station())));
    }

    @Override
    public synchronized CompletableFuture<Ticket> markPickedUp(TicketAction a) {
        calls.add("markPickedUp " + a.orderId());
        return answer(() -> bump(change(expect(find(a.orderId()), TicketStatus.READY),
                TicketStatus.PICKED_UP, a.station())));
    }

    @Override
    public synchronized CompletableFuture<Ticket> recall(TicketAction a) {
        calls.add("recall " + a.orderId());
        return answer(() -> {
            Ticket t = find(a.orderId());
            if (!bumped.contains(t.orderId())) {
                throw new CafeException(ErrorCode.NOTHING_TO_RECALL, "not bumped");
            }
            bumped.remove(t.orderId());
            TicketStatus back = t.status() == TicketStatus.PICKED_UP ? TicketStatus.READY : TicketStatus.IN_PREPARATION;
            return change(t, back, t.station());
        });
    }

    @Override
    public synchronized CompletableFuture<Void> cancel(CancelOrder command) {
        calls.add("cancel " + command.orderId());
        return answer(() -> {
            change(expect(find(command.orderId()), TicketStatus.QUEUED), TicketStatus.CANCELLED, null);
            return null;
        });
    }

    @Override
    public synchronized CompletableFuture<DayStats> dayStats() {
        calls.add("dayStats");
        return answer(() -> stats);
    }

    @Override
    public synchronized CompletableFuture<Menu> menu() {
        calls.add("menu");
        if (menuUnavailable) {
            return CompletableFuture.failedFuture(new CafeException(ErrorCode.MENU_UNAVAILABLE, "not loaded yet"));
        }
        return answer(() -> menu);
    }

    /** While true the server answers a menu read as one just started does: MENU_UNAVAILABLE. */
    public synchronized void menuUnavailable(boolean unavailable) {
        menuUnavailable = unavailable;
    }

    /** The store restored from a backup: its menu is an older one, and no event says so. */
    public synchronized void restoredMenu(Menu restored) {
        menu = restored;
    }

    @Override
    public synchronized CompletableFuture<Menu> setAvailability(SetAvailability command) {
        calls.add("setAvailability " + command.itemId() + " " + command.available());
        return answer(() -> {
            menu = new Menu(menu.version() + 1, menu.categories(), menu.items().stream()
                    .map(i -> i.id().equals(command.itemId()) ? i.withAvailable(command.available()) : i).toList(),
                    menu.optionGroups());
            Menu changed = menu;
            if (online && heard) {
                menuListeners.forEach(l -> l.accept(changed));
            }
            return changed;
        });
    }

    @Override
    public Subscription onTicketEvent(Consumer<TicketEvent> listener) {
        ticketListeners.add(listener);
        return () -> ticketListeners.remove(listener);
    }

    @Override
    public Subscription onMenuChanged(Consumer<Menu> listener) {
        menuListeners.add(listener);
        return () -> menuListeners.remove(listener);
    }

    private interface Work<T> {
        T run();
    }

    private <T> CompletableFuture<T> answer(Work<T> work) {
        if (!online) {
            return CompletableFuture.failedFuture(new CafeException(ErrorCode.NOT_CONNECTED, "offline"));
        }
        if (silent) {
            return CompletableFuture.failedFuture(new CafeException(ErrorCode.TIMEOUT, "no answer"));
        }
        CompletableFuture<T> answer;
        try {
            T done = work.run();
            answer = cutOff ? CompletableFuture.failedFuture(new CafeException(ErrorCode.NOT_CONNECTED, "link lost"))
                    : CompletableFuture.completedFuture(done);
        } catch (CafeException refused) {
            answer = CompletableFuture.failedFuture(refused);
        }
        return heldAnswers == null ? answer : later(answer);
    }

    private <T> CompletableFuture<T> later(CompletableFuture<T> answer) {
        CompletableFuture<T> held = new CompletableFuture<>();
        heldAnswers.add(() -> answer.whenComplete((done, refused) -> {
            if (refused == null) {
                held.complete(done);
            } else {
                held.completeExceptionally(refused);
            }
        }));
        return held;
    }

    private Ticket find(String orderId) {
        Ticket t = tickets.get(orderId);
        if (t == null) {
            throw new CafeException(ErrorCode.ORDER_NOT_FOUND, orderId);
        }
        return t;
    }

    private static Ticket expect(Ticket t, TicketStatus status) {
        if (t.status() != status) {
            throw new CafeException(ErrorCode.ILLEGAL_TRANSITION, t.status() + " is not " + status);
        }
        return t;
    }

    private Ticket bump(Ticket t) {
        bumped.remove(t.orderId());
        bumped.add(0, t.orderId());
        return t;
    }

    private Ticket change(Ticket t, TicketStatus status, String station) {
        Instant now = clock.instant();
        return save(new Ticket(t.orderId(), t.orderNumber(), t.orderType(), status, t.lines(), t.paidAt(),
                status == TicketStatus.IN_PREPARATION ? now : t.startedAt(),
                status == TicketStatus.READY ? now : status == TicketStatus.IN_PREPARATION ? null : t.readyAt(),
                status == TicketStatus.PICKED_UP ? now : null, station, t.version() + 1));
    }

    private Ticket save(Ticket t) {
        tickets.put(t.orderId(), t);
        publish(t);
        return t;
    }

    private void publish(Ticket t) {
        if (late != null) {
            late.add(t);
        } else if (online && heard) {
            TicketEvent event = new TicketEvent(t);
            ticketListeners.forEach(l -> l.accept(event));
        }
    }
}
