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

/**
 * The pickup board on the broker: the displays' board query and the bar's news that can move a
 * number ({@link Topology#BOARD_NEWS}), taken live to move the board at once and durably to call
 * the customer.
 */
public final class BoardEndpoints {

    private BoardEndpoints() {
    }

    public static void wire(StorePlatform platform, ServiceDatabase database, BoardService board) {
        platform.serve(Addresses.BOARD_QUERIES, database, new RequestRoutes()
                .ask(MessageTypes.GET_PICKUP_BOARD, board::board));
        EventRoutes ticketNews = new EventRoutes();
        Topology.BOARD_NEWS.forEach(type -> ticketNews.on(type, TicketNews.class, event -> board.follow(type, event)));
        platform.subscribe(Topology.NOTIFICATION_BARISTA_EVENTS, database, ticketNews);
        EventRoutes liveNews = new EventRoutes();
        Topology.BOARD_NEWS.forEach(type -> liveNews.on(type, TicketNews.class, board::followLive));
        platform.followLive(Addresses.BARISTA_FEED, database, liveNews);
    }
}
