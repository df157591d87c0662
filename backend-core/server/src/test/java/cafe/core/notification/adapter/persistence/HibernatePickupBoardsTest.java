package cafe.core.notification.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cafe.contract.barista.TicketStatus;
import cafe.contract.board.BoardNumber;
import cafe.contract.wire.Json;
import cafe.core.events.TicketNews;
import cafe.core.notification.domain.Board;
import cafe.core.platform.persistence.ServiceDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HibernatePickupBoardsTest {

    private static final Instant NOW = Instant.parse("2025-03-01T01:00:00Z");

    @TempDir
    Path dataDir;
    private ServiceDatabase database;
    private HibernatePickupBoards store;

    @BeforeEach
    void openDatabase() {
        database = ServiceDatabase.open(dataDir, "notification", HibernateNotificationStore.ENTITIES,
                Json.newMapper(), Clock.systemUTC());
        store = new HibernatePickupBoards(database);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void theBoardKeepsItsVersionAndNumbers() {
        database.transactions().run(() -> {
            Board board = store.loadFor("o-1");
            board.follow(ticket("o-1", 101, TicketStatus.QUEUED, 1), NOW);
            board.follow(ticket("o-2", 102, TicketStatus.READY, 4), NOW.plusSeconds(5));
            store.save(board);
        });

        Board reloaded = database.transactions().inTransaction(store::shown);

        assertThat(reloaded.version()).isEqualTo(2);
        assertThat(reloaded.view().preparing()).containsExactly(new BoardNumber("o-1", 101, NOW));
        assertThat(reloaded.view().ready()).containsExactly(new BoardNumber("o-2", 102, NOW.plusSeconds(5)));
    }

    @Test
    void aNumberMovedByTheFirstChangeAfterAStartIsStoredMovedToo() {
        followAndSave(ticket("o-1", 101, TicketStatus.QUEUED, 1));
        store = new HibernatePickupBoards(database);
        followAndSave(ticket("o-1", 101, TicketStatus.READY, 3));

        store = new HibernatePickupBoards(database);
        Board shown = database.transactions().inTransaction(store::shown);

        assertThat(shown.view().ready()).containsExactly(new BoardNumber("o-1", 101, NOW));
    }

    @Test
    void aChangeRolledBackNeverShows() {
        followAndSave(ticket("o-1", 101, TicketStatus.QUEUED, 1));

        assertThatThrownBy(() -> database.transactions().run(() -> {
            followAndSave(ticket("o-2", 102, TicketStatus.READY, 4));
            throw new IllegalStateException("the event could not be stored");
        })).hasMessage("the event could not be stored");

        Board shown = database.transactions().inTransaction(store::shown);
        assertThat(shown.version()).isEqualTo(1);
        assertThat(shown.view().preparing()).containsExactly(new BoardNumber("o-1", 101, NOW));
        assertThat(shown.view().ready()).isEmpty();
    }

    @Test
    void ticketsFollowedInOneTransactionEachSeeTheBoardTheOneBeforeLeft() {
        followAndSave(ticket("o-9", 109, TicketStatus.PICKED_UP, 5));

        database.transactions().run(() -> {
            followAndSave(ticket("o-1", 101, TicketStatus.QUEUED, 1));
            followAndSave(ticket("o-2", 102, TicketStatus.QUEUED, 1));
            followAndSave(ticket("o-1", 101, TicketStatus.READY, 3));
            followAndSave(ticket("o-9", 109, TicketStatus.READY, 4));
            assertThat(store.loadFor("o-3").version()).isEqualTo(3);
        });

        Board kept = database.transactions().inTransaction(store::shown);
        Board stored = database.transactions().inTransaction(new HibernatePickupBoards(database)::shown);
        for (Board board : List.of(kept, stored)) {
            assertThat(board.version()).isEqualTo(3);
            assertThat(board.view().preparing()).containsExactly(new BoardNumber("o-2", 102, NOW));
            assertThat(board.view().ready()).containsExactly(new BoardNumber("o-1", 101, NOW));
        }
    }

    @Test
    void goneNumbersAreForgottenAfterTheirTime() {
        followAndSave(ticket("o-1", 101, TicketStatus.PICKED_UP, 5));

        database.transactions().run(() -> store.forgetGoneBefore(NOW.plusSeconds(1)));

        Board reloaded = database.transactions().inTransaction(() -> store.loadFor("o-1"));
        assertThat(reloaded.follow(ticket("o-1", 101, TicketStatus.READY, 4), NOW)).isPresent();
    }

    @Test
    void aGoneNumberIsReadOnlyForNewsOfItsOwnOrder() {
        followAndSave(ticket("o-1", 101, TicketStatus.PICKED_UP, 5));

        assertThat(database.transactions().inTransaction(() -> store.loadFor("o-2"))
                .follow(ticket("o-1", 101, TicketStatus.READY, 4), NOW)).as("not known: would show").isPresent();
        assertThat(database.transactions().inTransaction(() -> store.loadFor("o-1"))
                .follow(ticket("o-1", 101, TicketStatus.READY, 4), NOW)).as("known gone: stays gone").isEmpty();
    }

    @Test
    void theVersionShownAndTheVersionHeardFromTheBarReadBackAsSaved() {
        followAndSave(ticket("o-1", 101, TicketStatus.READY, 3));
        database.transactions().run(() -> {
            Board board = store.loadFor("o-1");
            board.followLive(ticket("o-1", 101, TicketStatus.PICKED_UP, 4), NOW);
            store.save(board);
        });

        Board read = database.transactions().inTransaction(() -> new HibernatePickupBoards(database).loadFor("o-1"));

        assertThat(read.heardLast(ticket("o-1", 101, TicketStatus.READY, 3))).isTrue();
        assertThat(read.follow(ticket("o-1", 101, TicketStatus.PICKED_UP, 4), NOW)).as("shown already").isEmpty();
        assertThat(read.heardLast(ticket("o-1", 101, TicketStatus.PICKED_UP, 4))).isTrue();
    }

    /** Loads the board for the ticket's order, follows the ticket (at NOW) and saves it, in a transaction. */
    private void followAndSave(TicketNews.Ticket ticket) {
        database.transactions().run(() -> {
            Board board = store.loadFor(ticket.orderId());
            board.follow(ticket, NOW);
            store.save(board);
        });
    }

    private static TicketNews.Ticket ticket(String orderId, int number, TicketStatus status, long version) {
        return new TicketNews.Ticket(orderId, number, status, version);
    }
}
