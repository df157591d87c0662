package cafe.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.client.CafeConnection;
import cafe.contract.barista.Ticket;
import cafe.contract.barista.TicketAction;
import cafe.contract.barista.TicketStatus;
import cafe.contract.wire.Role;
import cafe.core.server.RunningStore;
import cafe.core.server.StoreConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many kiosks and baristas at once against a real StoreServer with the bundled menu. */
class SimulationTest {

    @TempDir
    Path dataDir;

    @Test
    void fiftyConcurrentOrdersEachEndPickedUpOncePaidOnceAndNumberedApart() throws Exception {
        SimulationSettings settings = new SimulationSettings(3, 2, 50, 0.2, Duration.ZERO, Duration.ofSeconds(60),
                42);
        List<String> paths = Collections.synchronizedList(new ArrayList<>());
        try (RunningStore store = new RunningStore(StoreConfig.forTests(dataDir))) {
            SimulationReport report = Simulation.tracing(store.server().terminalConfig(Role.KIOSK),
                    store.server().terminalConfig(Role.BARISTA), settings, paths::add).run();

            assertThat(report.unfinished()).isEmpty();
            assertThat(report.refused()).isEmpty();
            assertThat(report.placed()).isEqualTo(50);
            assertThat(report.pickedUp()).isEqualTo(50);
            assertThat(report.allPickedUp()).isTrue();
            assertThat(report.declinedOrders()).as("orders first paid with a declining card").isPositive();
            assertThat(paths).hasSize(50).allSatisfy(path -> assertThat(path)
                    .contains("CREATED").contains("-> PAID").containsPattern("PICKED_UP \\+\\d+ ms$"));

            assertThat(store.query("ordering", "select count(*) from customer_order where status = 'PICKED_UP'"))
                    .isEqualTo(50);
            assertThat(store.query("ordering", "select count(distinct order_number) from customer_order"))
                    .isEqualTo(50);
            assertThat(store.query("payment", "select count(*) from payment where status = 'APPROVED'"))
                    .isEqualTo(50);
            assertThat(store.query("payment", "select count(distinct order_id) from payment where status = 'APPROVED'"))
                    .isEqualTo(50);
            assertThat(store.query("payment", "select count(*) from payment where status = 'DECLINED'"))
                    .isEqualTo(report.declines());
            assertThat(store.query("barista", "select count(*) from ticket where status = 'PICKED_UP'"))
                    .isEqualTo(50);
            await().atMost(Duration.ofSeconds(10)).until(() -> store.query("notification",
                    "select count(*) from notification where status = 'SENT'") == 50);
        }
    }

    @Test
    void aBaristaWhoseTicketAnotherBumpedFirstCarriesOnFromWhereItIs() throws Exception {
        // the drink takes long enough for the other console's ready to land first on a slow machine
        SimulationSettings settings = new SimulationSettings(1, 1, 1, 0, Duration.ofSeconds(5), Duration.ofSeconds(30),
                7);
        try (RunningStore store = new RunningStore(StoreConfig.forTests(dataDir));
             CafeConnection otherBar = Simulation.connectAll(store.server().terminalConfig(Role.BARISTA), 1).get(0)) {
            CompletableFuture<Ticket> bumpedFirst = new CompletableFuture<>();
            otherBar.barista().onTicketEvent(event -> {
                if (event.ticket().status() == TicketStatus.IN_PREPARATION) {
                    otherBar.barista().markReady(new TicketAction(event.ticket().orderId(), "Bar 2"))
                            .whenComplete((ticket, failure) -> bumpedFirst.complete(ticket));
                }
            });

            SimulationReport report = Simulation.untraced(store.server().terminalConfig(Role.KIOSK),
                    store.server().terminalConfig(Role.BARISTA), settings).run();

            assertThat(bumpedFirst).as("the other bar's ready, made while the simulated barista makes the drink")
                    .isCompletedWithValueMatching(ticket -> ticket != null && ticket.status() == TicketStatus.READY);
            assertThat(report.unfinished()).isEmpty();
            assertThat(report.pickedUp()).isEqualTo(1);
        }
    }

    @Test
    void theCommandLineSetsTheRun() {
        SimulateMain.Options options = SimulateMain.parse(new String[] {"--kiosks", "5", "--orders", "200",
                "--baristas", "3", "--decline-share", "0", "--data", "store-data", "--embedded"});

        assertThat(options.settings().kiosks()).isEqualTo(5);
        assertThat(options.settings().orders()).isEqualTo(200);
        assertThat(options.settings().baristas()).isEqualTo(3);
        assertThat(options.settings().declineShare()).isZero();
        assertThat(options.dataDir()).isEqualTo(Path.of("store-data"));
        assertThat(options.embedded()).isTrue();
    }
}
