package cafe.core.notification.adapter.messaging;

import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.core.events.TicketNews;
import cafe.core.notification.application.BoardService;
import cafe.core.platform.StorePlatform;
import cafe.core.platform.messaging.EventRoutes;
import cafe.core.platform.messaging.RequestRoutes;
import cafe.core.platform.messaging.Topology;
import cafe.core.platform.persistence.ServiceDatabase;
import java.util.List;

/**
 * The pickup board on the broker: the displays' board query and every piece of ticket news from
 * the bar, taken durably to call the customer and to keep the board where the bar has each ticket,
 * and live, where it can move a number, to move the board at once.
 */
public final class BoardEndpoints {

    /** A start or an item checked never moves a number: their live copies are not even sent here. */
    private static final List<String> MOVING_NEWS = List.of(MessageTypes.TICKET_QUEUED, MessageTypes.TICKET_READY,
            MessageTypes.TICKET_PICKED_UP, MessageTypes.TICKET_RECALLED, MessageTypes.TICKET_CANCELLED);

    private BoardEndpoints() {
    }

    public static void wire(StorePlatform platform, ServiceDatabase database, BoardService board) {
        platform.serve(Addresses.BOARD_QUERIES, database, new RequestRoutes()
                .ask(MessageTypes.GET_PICKUP_BOARD, board::board));
        EventRoutes ticketNews = new EventRoutes();
        MessageTypes.TICKET_EVENTS.forEach(type -> ticketNews.on(type, TicketNews.class, event -> board.follow(type, event)));
        platform.subscribe(Topology.NOTIFICATION_BARISTA_EVENTS, database, ticketNews);
        EventRoutes liveNews = new EventRoutes();
        MOVING_NEWS.forEach(type -> liveNews.on(type, TicketNews.class, board::followLive));
        platform.followLive(Addresses.BARISTA_FEED, database, liveNews);
    }
}
