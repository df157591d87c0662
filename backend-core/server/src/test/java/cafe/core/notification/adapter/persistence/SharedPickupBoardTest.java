package cafe.core.notification.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.contract.barista.TicketStatus;
import cafe.contract.board.BoardNumber;
import cafe.contract.board.PickupBoard;
import cafe.contract.wire.Json;
import cafe.core.events.TicketNews;
import cafe.core.notification.NotificationContext;
import cafe.core.notification.domain.Board;
import cafe.core.platform.persistence.ServiceDatabase;
import cafe.core.platform.persistence.StoreDatabases;
import cafe.core.server.TestPostgres;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pickup board of a store whose servers share one PostgreSQL database: each server follows some
 * tickets, and either one answers the displays with the whole board as the last change left it.
 */
class SharedPickupBoardTest {

    private static final Instant NOW = Instant.parse("2025-03-01T01:00:00Z");

    @TempDir
    Path folder;

    @Test
    void eitherServerFollowsTicketsOnTheBoardTheOtherChangedAndShowsItWhole() throws Exception {
        try (TestPostgres postgres = TestPostgres.start(folder)) {
            StoreDatabases databases = postgres.newDatabase(2).databases(folder);
            try (ServiceDatabase first = open(databases); ServiceDatabase second = open(databases)) {
                HibernatePickupBoards onFirst = new HibernatePickupBoards(first);
                HibernatePickupBoards onSecond = new HibernatePickupBoards(second);

                follow(first, onFirst, ticket("o-1", 101, TicketStatus.QUEUED, 1));
                follow(second, onSecond, ticket("o-2", 102, TicketStatus.QUEUED, 1));
                follow(first, onFirst, ticket("o-1", 101, TicketStatus.READY, 3));
                follow(second, onSecond, ticket("o-2", 102, TicketStatus.PICKED_UP, 4));

                PickupBoard expected = new PickupBoard(4, List.of(), List.of(new BoardNumber("o-1", 101, NOW)));
                assertThat(shown(first, onFirst)).isEqualTo(expected);
                assertThat(shown(second, onSecond)).isEqualTo(expected);
            }
        }
    }

    private static ServiceDatabase open(StoreDatabases databases) {
        return ServiceDatabase.open(databases, NotificationContext.DATABASE, HibernateNotificationStore.ENTITIES,
                Json.newMapper(), Clock.systemUTC());
    }

    private static void follow(ServiceDatabase database, HibernatePickupBoards store, TicketNews.Ticket ticket) {
        database.transactions().run(() -> {
            Board board = store.loadFor(ticket.orderId());
            board.follow(ticket, NOW);
            store.save(board);
        });
    }

    private static PickupBoard shown(ServiceDatabase database, HibernatePickupBoards store) {
        return database.transactions().inTransaction(() -> store.shown().view());
    }

    private static TicketNews.Ticket ticket(String orderId, int number, TicketStatus status, long version) {
        return new TicketNews.Ticket(orderId, number, status, version);
    }
}
