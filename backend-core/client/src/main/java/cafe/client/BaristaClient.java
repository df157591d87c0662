package cafe.client;

import cafe.contract.barista.BarQueue;
import cafe.contract.barista.CheckItem;
import cafe.contract.barista.DayStats;
import cafe.contract.barista.Ticket;
import cafe.contract.barista.TicketAction;
import cafe.contract.barista.TicketEvent;
import cafe.contract.menu.Menu;
import cafe.contract.menu.SetAvailability;
import cafe.contract.order.CancelOrder;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** What a barista console may ask of the StoreServer. Each action answers with the changed ticket. */
public interface BaristaClient {

    CompletableFuture<BarQueue> barQueue();

    CompletableFuture<Ticket> start(TicketAction action);

    CompletableFuture<Ticket> checkItem(CheckItem command);

    CompletableFuture<Ticket> markReady(TicketAction action);

    CompletableFuture<Ticket> markPickedUp(TicketAction action);

    CompletableFuture<Ticket> recall(TicketAction action);

    /** Cancels an order that is not yet in preparation and refunds it. */
    CompletableFuture<Void> cancel(CancelOrder command);

    CompletableFuture<DayStats> dayStats();

    CompletableFuture<Menu> menu();

    /** Marks an item sold out or back on; every kiosk sees it within a second. */
    CompletableFuture<Menu> setAvailability(SetAvailability command);

    Subscription onTicketEvent(Consumer<TicketEvent> listener);

    Subscription onMenuChanged(Consumer<Menu> listener);
}
