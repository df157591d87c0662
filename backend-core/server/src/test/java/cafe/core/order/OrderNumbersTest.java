package cafe.core.order;

import static cafe.core.order.Carts.americano;
import static cafe.core.order.Carts.order;
import static org.assertj.core.api.Assertions.assertThat;

import cafe.contract.order.OrderAccepted;
import cafe.contract.order.OrderView;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Reply;
import cafe.contract.wire.Role;
import cafe.core.platform.TestTerminal;
import cafe.core.server.RunningStore;
import cafe.core.server.SettableClock;
import cafe.core.server.StoreConfig;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderNumbersTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @TempDir
    Path dataDir;
    private final SettableClock clock = new SettableClock(SEOUL, LocalDateTime.of(2026, 3, 2, 9, 0));
    private RunningStore store;

    @BeforeEach
    void start() {
        store = new RunningStore(StoreConfig.forTests(dataDir).withMenuResource(RunningStore.TEST_MENU)
                .withClock(clock).withBusinessDayStartHour(4));
    }

    @AfterEach
    void stop() throws Exception {
        store.close();
    }

    private OrderAccepted place() throws Exception {
        TestTerminal kiosk = store.terminal(Role.KIOSK);
        Reply reply = kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.PLACE_ORDER, order(4_500, americano(1)));
        return kiosk.json().convertValue(reply.data(), OrderAccepted.class);
    }

    @Test
    void numbersRunFrom101AndRestartWhenTheNextBusinessDayBegins() throws Exception {
        assertThat(place().orderNumber()).isEqualTo(101);
        assertThat(place().orderNumber()).isEqualTo(102);

        clock.set(LocalDateTime.of(2026, 3, 3, 3, 59));
        assertThat(place().orderNumber()).as("past midnight, still last night's business day").isEqualTo(103);

        clock.set(LocalDateTime.of(2026, 3, 3, 4, 0));
        assertThat(place().orderNumber()).isEqualTo(101);
        assertThat(place().orderNumber()).isEqualTo(102);
    }

    @Test
    void aRestartKeepsTheOrdersAndGoesOnCounting() throws Exception {
        OrderAccepted before = place();

        store.restart();

        TestTerminal kiosk = store.terminal(Role.KIOSK);
        Reply reply = kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.GET_ORDER,
                Map.of("orderId", before.orderId()));
        OrderView kept = kiosk.json().convertValue(reply.data(), OrderView.class);
        assertThat(kept.orderNumber()).isEqualTo(before.orderNumber());
        assertThat(kept.totalWon()).isEqualTo(4_500);
        assertThat(kept.lines()).singleElement().satisfies(line -> assertThat(line.name().en()).isEqualTo("Americano"));
        assertThat(place().orderNumber()).isEqualTo(before.orderNumber() + 1);
    }

    @Test
    void pastNineHundredNinetyNineNumbersGoOnUpwardWithoutACollision() throws Exception {
        place();
        store.execute("ordering", "update daily_order_number set last_number = 998");

        assertThat(place().orderNumber()).isEqualTo(999);
        assertThat(place().orderNumber()).isEqualTo(1000);
        assertThat(store.query("ordering",
                "select count(*) - count(distinct order_number) from customer_order")).isZero();
    }
}
