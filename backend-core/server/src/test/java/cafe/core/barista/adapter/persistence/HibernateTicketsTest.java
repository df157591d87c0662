package cafe.core.barista.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.contract.LocalizedText;
import cafe.contract.barista.TicketStatus;
import cafe.contract.order.OrderType;
import cafe.contract.wire.Json;
import cafe.core.barista.domain.Ticket;
import cafe.core.barista.domain.TicketItem;
import cafe.core.platform.persistence.ServiceDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HibernateTicketsTest {

    private static final Instant PAID = Instant.parse("2025-03-01T01:00:00Z");

    @TempDir
    Path dataDir;
    private ServiceDatabase database;
    private HibernateTickets tickets;

    @BeforeEach
    void openDatabase() {
        database = ServiceDatabase.open(dataDir, "barista", HibernateTickets.ENTITIES, Json.newMapper(),
                Clock.systemUTC());
        tickets = new HibernateTickets(database, Json.newMapper());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void aTicketComesBackWithItsLinesOptionsAndState() {
        Ticket ticket = ticket("o-1", 105, PAID);
        ticket.start("Bar 1", PAID.plusSeconds(10));
        ticket.checkItem(1, true);
        save(ticket);

        Ticket found = database.transactions().inTransaction(() -> tickets.find("o-1")).orElseThrow();

        assertThat(found.state()).isEqualTo(ticket.state());
        assertThat(found.state().items().get(0).options())
                .containsExactly(new LocalizedText("샷 추가", "Extra shot"));
    }

    @Test
    void aTicketSavedAgainComesBackAsItWasLastSaved() {
        Ticket ticket = ticket("o-1", 105, PAID);
        save(ticket);
        ticket.start("Bar 2", PAID.plusSeconds(10));
        ticket.markReady(PAID.plusSeconds(70));
        save(ticket);

        Ticket found = database.transactions().inTransaction(() -> tickets.find("o-1")).orElseThrow();

        assertThat(found.state()).isEqualTo(ticket.state());
        assertThat(found.status()).isEqualTo(TicketStatus.READY);
    }

    @Test
    void anItemCheckedAndUncheckedComesBackAsLastSavedEachTime() {
        Ticket ticket = ticket("o-1", 105, PAID);
        ticket.start("Bar 1", PAID.plusSeconds(10));
        save(ticket);
        for (boolean done : new boolean[] {true, false, true}) {
            Ticket found = find("o-1");
            found.checkItem(1, done);
            save(found);

            assertThat(find("o-1").state().items()).extracting(TicketItem::done).containsExactly(false, done);
        }
    }

    @Test
    void linesChangedInTheFileComeBackAsTheFileHasThem() {
        save(ticket("o-1", 105, PAID));
        find("o-1");
        database.transactions().run(() -> database.session()
                .createNativeMutationQuery("update ticket set lines = replace(lines, 'Americano', 'Long black')")
                .executeUpdate());

        assertThat(find("o-1").state().items().get(1).name()).isEqualTo(new LocalizedText("아메리카노", "Long black"));
    }

    @Test
    void theActiveTicketsComeOldestFirstAndBumpsNewestFirst() {
        Ticket late = ticket("o-2", 102, PAID.plusSeconds(60));
        Ticket early = ticket("o-1", 101, PAID);
        Ticket done = ticket("o-3", 103, PAID.plusSeconds(90));
        done.start("Bar 1", PAID);
        done.markReady(PAID.plusSeconds(300));
        done.markPickedUp(PAID.plusSeconds(400));
        early.start("Bar 1", PAID);
        early.markReady(PAID.plusSeconds(500));
        save(late);
        save(early);
        save(done);

        database.transactions().run(() -> {
            assertThat(tickets.active()).extracting(Ticket::orderNumber).containsExactly(101, 102);
            assertThat(tickets.bumpedSince(PAID.plusSeconds(350), 10)).extracting(Ticket::orderNumber)
                    .containsExactly(101, 103);
            assertThat(tickets.bumpedSince(PAID, 1)).extracting(Ticket::orderNumber).containsExactly(101);
            assertThat(tickets.readyBetween(PAID, PAID.plusSeconds(400))).extracting(Ticket::status)
                    .containsExactly(TicketStatus.PICKED_UP);
        });
    }

    private Ticket find(String orderId) {
        return database.transactions().inTransaction(() -> tickets.find(orderId)).orElseThrow();
    }

    private void save(Ticket ticket) {
        database.transactions().run(() -> tickets.save(ticket));
    }

    private static Ticket ticket(String orderId, int number, Instant paidAt) {
        return Ticket.queue(orderId, number, OrderType.DINE_IN, List.of(
                new TicketItem(0, "latte", new LocalizedText("카페 라떼", "Caffè latte"),
                        List.of(new LocalizedText("샷 추가", "Extra shot")), 2, 90, false),
                new TicketItem(1, "americano", new LocalizedText("아메리카노", "Americano"), List.of(), 1, 60, false)),
                paidAt);
    }
}
