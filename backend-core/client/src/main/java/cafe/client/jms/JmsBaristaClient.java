package cafe.client.jms;

import static cafe.contract.wire.Addresses.BARISTA_COMMANDS;
import static cafe.contract.wire.Addresses.BARISTA_FEED;
import static cafe.contract.wire.Addresses.BARISTA_QUERIES;
import static cafe.contract.wire.Addresses.MENU_COMMANDS;
import static cafe.contract.wire.Addresses.ORDER_STAFF_COMMANDS;

import cafe.client.BaristaClient;
import cafe.client.Subscription;
import cafe.contract.barista.BarQueue;
import cafe.contract.barista.CheckItem;
import cafe.contract.barista.DayStats;
import cafe.contract.barista.Ticket;
import cafe.contract.barista.TicketAction;
import cafe.contract.barista.TicketEvent;
import cafe.contract.menu.Menu;
import cafe.contract.menu.SetAvailability;
import cafe.contract.order.CancelOrder;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Selectors;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The barista console's calls, each on the address {@link cafe.contract.wire.Addresses} gives it. */
final class JmsBaristaClient implements BaristaClient {

    private static final String TICKET_EVENTS = Selectors.typeIs(MessageTypes.TICKET_EVENTS);

    private final Requests requests;
    private final EventFeeds feeds;
    private final MenuCalls menus;

    JmsBaristaClient(Requests requests, EventFeeds feeds, MenuCalls menus) {
        this.requests = requests;
        this.feeds = feeds;
        this.menus = menus;
    }

    @Override
    public CompletableFuture<BarQueue> barQueue() {
        return requests.query(BARISTA_QUERIES, MessageTypes.GET_BAR_QUEUE, BarQueue.class);
    }

    @Override
    public CompletableFuture<Ticket> start(TicketAction action) {
        return ticketCommand(MessageTypes.START_TICKET, action);
    }

    @Override
    public CompletableFuture<Ticket> checkItem(CheckItem command) {
        return ticketCommand(MessageTypes.CHECK_ITEM, command);
    }

    @Override
    public CompletableFuture<Ticket> markReady(TicketAction action) {
        return ticketCommand(MessageTypes.MARK_READY, action);
    }

    @Override
    public CompletableFuture<Ticket> markPickedUp(TicketAction action) {
        return ticketCommand(MessageTypes.MARK_PICKED_UP, action);
    }

    @Override
    public CompletableFuture<Ticket> recall(TicketAction action) {
        return ticketCommand(MessageTypes.RECALL_TICKET, action);
    }

    @Override
    public CompletableFuture<Void> cancel(CancelOrder command) {
        return requests.send(ORDER_STAFF_COMMANDS, MessageTypes.CANCEL_ORDER, command, Void.class);
    }

    @Override
    public CompletableFuture<DayStats> dayStats() {
        return requests.query(BARISTA_QUERIES, MessageTypes.GET_DAY_STATS, DayStats.class);
    }

    @Override
    public CompletableFuture<Menu> menu() {
        return menus.menu();
    }

    @Override
    public CompletableFuture<Menu> setAvailability(SetAvailability command) {
        return requests.send(MENU_COMMANDS, MessageTypes.SET_AVAILABILITY, command, Menu.class);
    }

    @Override
    public Subscription onTicketEvent(Consumer<TicketEvent> listener) {
        return feeds.subscribe(BARISTA_FEED, TICKET_EVENTS, TicketEvent.class, listener);
    }

    @Override
    public Subscription onMenuChanged(Consumer<Menu> listener) {
        return menus.onMenuChanged(listener);
    }

    private CompletableFuture<Ticket> ticketCommand(String type, Object command) {
        return requests.send(BARISTA_COMMANDS, type, command, Ticket.class);
    }
}
