package cafe.core.simulation;

import cafe.client.BaristaClient;
import cafe.client.CafeConnection;
import cafe.client.KioskClient;
import cafe.client.TerminalConfig;
import cafe.contract.barista.TicketAction;
import cafe.contract.barista.TicketEvent;
import cafe.contract.barista.TicketStatus;
import cafe.contract.board.BoardNumber;
import cafe.contract.board.PickupBoard;
import cafe.contract.menu.Menu;
import cafe.contract.order.CardToken;
import cafe.contract.order.OrderType;
import cafe.contract.order.PlaceOrder;
import cafe.contract.order.TestCards;
import cafe.contract.wire.TimeOrderedIds;
import cafe.core.bench.Percentiles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The store at a steady rate of orders, as the bar and the board see it: kiosks place orders at a
 * fixed rate, baristas bump every ticket as soon as it is queued (start, ready, picked up). Each
 * tap is timed until the tapping station's client has the answer (the changed ticket, which its
 * console shows at once), and until another console's client hears the ticket's new status (tap ->
 * ticket); each ready tap until the display's client shows the number ready (ready -> board).
 */
final class SteadyRate {

    /** The figures of a steady run: what it timed, the orders it placed and how many of them were picked up. */
    record Figures(Percentiles tapToAnswer, Percentiles tapToTicket, Percentiles readyToBoard, int placed,
                   int pickedUp) {
    }

    private static final CardToken CARD = new CardToken(TestCards.APPROVE, "VISA", "4242");
    private static final int BARISTAS = 4;
    private static final Duration FINISH_WITHIN = Duration.ofSeconds(60);

    private final Map<String, Long> tapsInFlight = new ConcurrentHashMap<>();
    private final Map<Integer, Long> readyInFlight = new ConcurrentHashMap<>();
    private final Map<String, Integer> numbers = new ConcurrentHashMap<>();
    private final List<Double> tapToAnswer = new CopyOnWriteArrayList<>();
    private final List<Double> tapToTicket = new CopyOnWriteArrayList<>();
    private final List<Double> readyToBoard = new CopyOnWriteArrayList<>();
    private final BlockingQueue<TicketAction> queued = new LinkedBlockingQueue<>();
    private final AtomicInteger pickedUp = new AtomicInteger();

    private SteadyRate() {
    }

    static Figures measure(TerminalConfig kiosk, TerminalConfig barista, TerminalConfig display,
                           double ordersPerSecond, Duration length) throws InterruptedException {
        List<CafeConnection> connections = new ArrayList<>();
        try {
            connections.addAll(Simulation.connectAll(kiosk, 1));
            connections.addAll(Simulation.connectAll(barista, 2));
            connections.addAll(Simulation.connectAll(display, 1));
            return new SteadyRate().run(connections.get(0).kiosk(), connections.get(1).barista(),
                    connections.get(2).barista(), connections.get(3), ordersPerSecond, length);
        } finally {
            connections.forEach(CafeConnection::close);
        }
    }

    private Figures run(KioskClient kiosk, BaristaClient console, BaristaClient station, CafeConnection display,
                        double ordersPerSecond, Duration length) throws InterruptedException {
        console.onTicketEvent(this::heard);
        display.board().onBoardChanged(this::shown);
        Menu menu = kiosk.menu().join();
        console.barQueue().join();
        display.board().pickupBoard().join();
        List<Thread> baristas = startBaristas(station);
        int orders = (int) Math.round(ordersPerSecond * length.toSeconds());
        placeAtRate(kiosk, menu, orders, ordersPerSecond);
        long deadline = System.nanoTime() + FINISH_WITHIN.toNanos();
        while (pickedUp.get() < orders && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        baristas.forEach(Thread::interrupt);
        return new Figures(Percentiles.of(tapToAnswer), Percentiles.of(tapToTicket), Percentiles.of(readyToBoard), orders,
                pickedUp.get());
    }

    private void placeAtRate(KioskClient kiosk, Menu menu, int orders, double ordersPerSecond)
            throws InterruptedException {
        CartPicker carts = new CartPicker(new Random(15));
        ScheduledExecutorService kiosks = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger placed = new AtomicInteger();
        kiosks.scheduleAtFixedRate(() -> {
            if (placed.incrementAndGet() > orders) {
                kiosks.shutdown();
                return;
            }
            CartPicker.Cart cart = carts.pick(menu);
            kiosk.placeOrder(new PlaceOrder(TimeOrderedIds.next(), "bench-kiosk", OrderType.TAKE_OUT,
                    cart.lines(), cart.totalWon(), CARD, null));
        }, 0, Math.round(1e6 / ordersPerSecond), TimeUnit.MICROSECONDS);
        kiosks.awaitTermination(Math.round(orders / ordersPerSecond) + 10, TimeUnit.SECONDS);
    }

    private List<Thread> startBaristas(BaristaClient station) {
        List<Thread> baristas = new ArrayList<>();
        for (int i = 0; i < BARISTAS; i++) {
            Thread barista = new Thread(() -> bump(station), "bench-barista-" + i);
            barista.setDaemon(true);
            barista.start();
            baristas.add(barista);
        }
        return baristas;
    }

    private void bump(BaristaClient station) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                TicketAction ticket = queued.take();
                tap(ticket, TicketStatus.IN_PREPARATION, () -> station.start(ticket).join());
                tap(ticket, TicketStatus.READY, () -> station.markReady(ticket).join());
                tap(ticket, TicketStatus.PICKED_UP, () -> station.markPickedUp(ticket).join());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void tap(TicketAction ticket, TicketStatus becomes, Runnable command) {
        long now = System.nanoTime();
        tapsInFlight.put(ticket.orderId() + becomes, now);
        if (becomes == TicketStatus.READY) {
            readyInFlight.put(numberOf(ticket), now);
        }
        command.run();
        tapToAnswer.add((System.nanoTime() - now) / 1e6);
    }

    private int numberOf(TicketAction ticket) {
        return numbers.get(ticket.orderId());
    }

    private void heard(TicketEvent event) {
        long now = System.nanoTime();
        var ticket = event.ticket();
        if (ticket.status() == TicketStatus.QUEUED) {
            numbers.put(ticket.orderId(), ticket.orderNumber());
            queued.add(new TicketAction(ticket.orderId(), "Bench bar"));
            return;
        }
        Long tapped = tapsInFlight.remove(ticket.orderId() + ticket.status());
        if (tapped != null) {
            tapToTicket.add((now - tapped) / 1e6);
        }
        if (ticket.status() == TicketStatus.PICKED_UP) {
            pickedUp.incrementAndGet();
        }
    }

    private void shown(PickupBoard board) {
        long now = System.nanoTime();
        for (BoardNumber number : board.ready()) {
            Long tapped = readyInFlight.remove(number.orderNumber());
            if (tapped != null) {
                readyToBoard.add((now - tapped) / 1e6);
            }
        }
    }
}
