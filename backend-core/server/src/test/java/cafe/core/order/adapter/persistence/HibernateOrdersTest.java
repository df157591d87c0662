package cafe.core.order.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.contract.LocalizedText;
import cafe.contract.order.OrderStatus;
import cafe.contract.order.OrderType;
import cafe.contract.wire.Json;
import cafe.core.order.application.BarStanding;
import cafe.core.order.domain.ChosenOption;
import cafe.core.order.domain.Order;
import cafe.core.order.domain.OrderIdentity;
import cafe.core.order.domain.OrderLine;
import cafe.core.order.domain.OrderStep;
import cafe.core.platform.persistence.ServiceDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HibernateOrdersTest {

    private static final Instant PLACED = Instant.parse("2025-03-01T01:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    @TempDir
    Path dataDir;
    private ServiceDatabase database;
    private HibernateOrders orders;

    @BeforeEach
    void openDatabase() {
        database = ServiceDatabase.open(dataDir, "ordering", OrderingSchema.ENTITIES, Json.newMapper(),
                Clock.systemUTC());
        orders = new HibernateOrders(database::session, Json.newMapper(), Clock.fixed(PLACED, ZoneOffset.UTC));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void anOrderComesBackWithItsLinesInOrderByIdKeyAndNumber() {
        Order placed = order("o-1", 101);
        database.transactions().run(() -> orders.add(placed));

        database.transactions().run(() -> {
            assertThat(orders.find("o-1")).get().usingRecursiveComparison().isEqualTo(placed);
            assertThat(orders.findByIdempotencyKey("key-o-1")).get().extracting(Order::id).isEqualTo("o-1");
            assertThat(orders.findByNumber(DAY, 101)).get().extracting(Order::id).isEqualTo("o-1");
            assertThat(orders.find("o-2")).isEmpty();
        });
    }

    @Test
    void anUpdateRecordsAStepOnlyWhenTheStatusMoved() {
        Order order = order("o-1", 101);
        database.transactions().run(() -> orders.add(order));
        order.markPaid();
        database.transactions().run(() -> orders.update(order));
        database.transactions().run(() -> orders.update(order));

        database.transactions().run(() -> {
            assertThat(orders.find("o-1")).get().extracting(Order::status).isEqualTo(OrderStatus.PAID);
            assertThat(orders.steps("o-1")).extracting(OrderStep::status)
                    .containsExactly(OrderStatus.CREATED, OrderStatus.PAID);
        });
    }

    @Test
    void aMoveWithoutReadingTheOrderKeepsItsLinesAndRecordsAStep() {
        Order order = order("o-1", 101);
        database.transactions().run(() -> orders.add(order));
        order.markPaid();
        database.transactions().run(() -> orders.update(order));

        database.transactions().run(() -> orders.moveTo("o-1", OrderStatus.QUEUED, 1));

        database.transactions().run(() -> {
            assertThat(orders.statusOf("o-1")).contains(OrderStatus.QUEUED);
            assertThat(orders.barStanding("o-1")).contains(new BarStanding(OrderStatus.QUEUED, 1));
            assertThat(orders.statusOf("o-2")).isEmpty();
            assertThat(orders.find("o-1")).get().satisfies(moved -> {
                assertThat(moved.status()).isEqualTo(OrderStatus.QUEUED);
                assertThat(moved.lines()).isEqualTo(order.lines());
            });
            assertThat(orders.steps("o-1")).extracting(OrderStep::status)
                    .containsExactly(OrderStatus.CREATED, OrderStatus.PAID, OrderStatus.QUEUED);
        });
    }

    @Test
    void moreOrdersThanOneQueryOfLinesTakesEachKeepTheirOwnLines() {
        int many = 1_200;
        database.transactions().run(() -> IntStream.range(0, many)
                .forEach(i -> orders.add(order("o-" + i, 101 + i))));

        List<Order> found = database.transactions().inTransaction(() ->
                orders.placedBetween(PLACED.minusSeconds(1), PLACED.plusSeconds(1), many));

        assertThat(found).hasSize(many).allSatisfy(order -> assertThat(order.lines())
                .extracting(OrderLine::itemId).containsExactly("latte-" + order.id(), "americano"));
    }

    private static Order order(String orderId, int number) {
        var identity = new OrderIdentity(orderId, number, DAY, "kiosk-1", "key-" + orderId, "digest", PLACED);
        return new Order(identity, OrderType.TAKE_OUT, List.of(
                new OrderLine("latte-" + orderId, new LocalizedText("카페 라떼", "Caffè latte"),
                        List.of(new ChosenOption("shot", new LocalizedText("샷 추가", "Extra shot"), 500)), 2, 5_000,
                        90),
                new OrderLine("americano", new LocalizedText("아메리카노", "Americano"), List.of(), 1, 4_000, 60)),
                null, OrderStatus.CREATED, 1, null);
    }
}
