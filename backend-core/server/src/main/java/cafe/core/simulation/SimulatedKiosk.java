package cafe.core.simulation;

import cafe.client.CafeException;
import cafe.client.KioskClient;
import cafe.contract.menu.Menu;
import cafe.contract.order.CancelOrder;
import cafe.contract.order.CardToken;
import cafe.contract.order.OrderAccepted;
import cafe.contract.order.OrderStatus;
import cafe.contract.order.OrderType;
import cafe.contract.order.PlaceOrder;
import cafe.contract.order.RetryPayment;
import cafe.contract.order.TestCards;
import cafe.contract.wire.TimeOrderedIds;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A kiosk and its customers, one after another: fill a cart, place and pay the order, and on a
 * decline pay again with another card (up to three cards, then the order is abandoned). The
 * customer then walks to the counter: the kiosk is free for the next one.
 */
final class SimulatedKiosk implements Runnable {

    private static final CardToken GOOD_CARD = new CardToken(TestCards.APPROVE, "VISA", "4242");
    private static final CardToken BAD_CARD = new CardToken(TestCards.DECLINE, "MASTERCARD", "0002");
    private static final int CARDS_PER_CUSTOMER = 3;

    private final String kioskId;
    private final KioskClient kiosk;
    private final OrderBook book;
    private final AtomicInteger ordersLeft;
    private final double declineShare;
    private final long deadlineNanos;
    private final Random random;
    private final CartPicker carts;
    /** Read once, like a kiosk that follows the menu's news; read again after a refusal. */
    private Menu knownMenu;

    SimulatedKiosk(String kioskId, KioskClient kiosk, OrderBook book, AtomicInteger ordersLeft, double declineShare,
                   long deadlineNanos, Random random) {
        this.kioskId = kioskId;
        this.kiosk = kiosk;
        this.book = book;
        this.ordersLeft = ordersLeft;
        this.declineShare = declineShare;
        this.deadlineNanos = deadlineNanos;
        this.random = random;
        this.carts = new CartPicker(random);
    }

    @Override
    public void run() {
        try {
            while (ordersLeft.getAndDecrement() > 0 && System.nanoTime() < deadlineNanos) {
                try {
                    knownMenu = knownMenu != null ? knownMenu : kiosk.menu().join();
                    serveCustomer(knownMenu);
                } catch (CompletionException e) {
                    knownMenu = null;
                    book.refused(CafeException.of(e).map(c -> c.code().name()).orElse(String.valueOf(e.getCause())));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void serveCustomer(Menu menu) throws InterruptedException {
        CartPicker.Cart cart = carts.pick(menu);
        CardToken firstCard = random.nextDouble() < declineShare ? BAD_CARD : GOOD_CARD;
        long sent = System.nanoTime();
        PlaceOrder placing = new PlaceOrder(TimeOrderedIds.next(), kioskId,
                random.nextBoolean() ? OrderType.DINE_IN : OrderType.TAKE_OUT, cart.lines(), cart.totalWon(),
                firstCard, null);
        OrderAccepted accepted = kiosk.placeOrder(placing).join();
        OrderTrace trace = book.trace(accepted.orderId());
        trace.placed(kioskId, accepted.orderNumber(), accepted.totalWon(), sent, System.nanoTime());
        book.reportIfFinished(trace);
        int attempt = accepted.paymentAttempt();
        for (int card = 1; card <= CARDS_PER_CUSTOMER; card++) {
            int mark = card == 1 ? 0 : trace.stepCount();
            if (card > 1) {
                attempt = kiosk.retryPayment(new RetryPayment(accepted.orderId(), GOOD_CARD, placing.idempotencyKey(),
                        attempt)).join().paymentAttempt();
            }
            Optional<OrderTrace.Step> outcome = trace.await(mark, step -> step.status() == OrderStatus.PAYMENT_FAILED
                    || step.status().isPaid() || step.status() == OrderStatus.CANCELLED, deadlineNanos);
            if (outcome.isEmpty()) {
                trace.problem("no payment outcome before the deadline");
                return;
            }
            if (outcome.get().status() != OrderStatus.PAYMENT_FAILED) {
                return;
            }
        }
        kiosk.cancelUnpaid(new CancelOrder(accepted.orderId(), "customer gave up after three cards",
                placing.idempotencyKey())).join();
    }
}
