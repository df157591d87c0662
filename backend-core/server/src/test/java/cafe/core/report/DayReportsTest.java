package cafe.core.report;

import static cafe.core.order.Carts.APPROVING_CARD;
import static cafe.core.order.Carts.DECLINING_CARD;
import static cafe.core.order.Carts.americano;
import static cafe.core.order.Carts.croissant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import cafe.client.CafeConnection;
import cafe.client.ConnectionState;
import cafe.client.SalesReports;
import cafe.client.jms.CafeClients;
import cafe.contract.barista.TicketAction;
import cafe.contract.order.CancelOrder;
import cafe.contract.order.CardToken;
import cafe.contract.order.CartLine;
import cafe.contract.order.OrderAccepted;
import cafe.contract.order.OrderType;
import cafe.contract.order.PlaceOrder;
import cafe.contract.order.RetryPayment;
import cafe.contract.report.HourSales;
import cafe.contract.report.ItemSales;
import cafe.contract.report.OrderSales;
import cafe.contract.report.PaymentTotals;
import cafe.contract.report.PrepTime;
import cafe.contract.report.PrepTimes;
import cafe.contract.report.ReportDay;
import cafe.contract.report.TypeSales;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.ErrorCode;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Reply;
import cafe.contract.wire.Role;
import cafe.core.platform.TestTerminal;
import cafe.core.server.RunningStore;
import cafe.core.server.SettableClock;
import cafe.core.server.StoreConfig;
import cafe.core.staff.StaffFixture;
import cafe.core.testing.Refusal;
import jakarta.jms.JMSSecurityException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A day of real orders through a StoreServer (one declined and paid with another card, one refunded,
 * one placed after midnight that still belongs to the day), then the manager's reports from
 * ordering, payment and the bar: every sum to the won, and each breakdown adding up.
 */
class DayReportsTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private static final LocalDate NEXT_DAY = DAY.plusDays(1);
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    @TempDir
    static Path dataDir;
    private static final SettableClock CLOCK = new SettableClock(SEOUL, DAY.atTime(10, 15));
    private static RunningStore store;
    private static TestTerminal kiosk;
    private static TestTerminal barista;
    private static CafeConnection managerScreen;

    @BeforeAll
    static void runADay() throws Exception {
        store = new RunningStore(StoreConfig.forTests(dataDir).withMenuResource(RunningStore.TEST_MENU)
                .withClock(CLOCK).withBusinessDayStartHour(4));
        StaffFixture.enrol(dataDir, "kim", "Kim Minji", "2468");
        kiosk = store.terminal(Role.KIOSK);
        barista = store.terminal(Role.BARISTA);

        OrderAccepted first = paid(at(DAY, 10, 15), OrderType.TAKE_OUT, 12_800, americano(2), croissant(1));
        bar(at(DAY, 10, 20), MessageTypes.START_TICKET, first, "Bar 1");
        bar(at(DAY, 10, 23), MessageTypes.MARK_READY, first, "Bar 1");
        OrderAccepted second = paid(at(DAY, 11, 5), OrderType.DINE_IN, 4_500, americano(1));
        bar(at(DAY, 11, 10), MessageTypes.START_TICKET, second, "Bar 2");
        bar(at(DAY, 11, 12), MessageTypes.MARK_READY, second, "Bar 2");
        declinedThenPaid(at(DAY, 11, 20), 3_800, croissant(1));
        refunded(at(DAY, 11, 30), 4_500, americano(1));
        paid(at(NEXT_DAY, 1, 30), OrderType.DINE_IN, 4_500, americano(1));
        paid(at(NEXT_DAY, 9, 0), OrderType.TAKE_OUT, 3_800, croissant(1));

        managerScreen = CafeClients.connect(store.server().terminalConfig(Role.MANAGER));
        await().atMost(DEADLINE).until(() -> managerScreen.state() == ConnectionState.CONNECTED);
        managerScreen.manager().signIn("kim", "2468".toCharArray()).join();
    }

    @AfterAll
    static void closeTheStore() throws Exception {
        if (managerScreen != null) {
            managerScreen.close();
        }
        store.close();
    }

    @Test
    void orderingSellsTheKeptOrdersOfTheDayByItemHourAndType() {
        OrderSales sales = reports().orderSales(new ReportDay(DAY)).join();

        assertThat(sales.day()).isEqualTo(DAY);
        assertThat(sales.orders()).isEqualTo(4);
        assertThat(sales.salesWon()).isEqualTo(12_800 + 4_500 + 3_800 + 4_500);
        assertThat(sales.averageTicketWon()).isEqualTo(6_400);
        assertThat(sales.items()).extracting(ItemSales::itemId, ItemSales::count, ItemSales::amountWon)
                .containsExactly(tuple("americano", 4, 18_000L), tuple("croissant", 2, 7_600L));
        assertThat(sales.items().get(0).name().ko()).isEqualTo("아메리카노");
        assertThat(sales.hours()).extracting(HourSales::hour, HourSales::orders, HourSales::amountWon)
                .as("from the hour the day starts, past midnight last")
                .containsExactly(tuple(10, 1, 12_800L), tuple(11, 2, 8_300L), tuple(1, 1, 4_500L));
        assertThat(sales.types()).extracting(TypeSales::type, TypeSales::orders, TypeSales::amountWon)
                .containsExactlyInAnyOrder(tuple(OrderType.TAKE_OUT, 2, 16_600L), tuple(OrderType.DINE_IN, 2, 9_000L));
    }

    @Test
    void paymentCountsChargesDeclinesAndRefundsAndItsNetIsWhatOrderingSold() {
        PaymentTotals totals = reports().paymentTotals(new ReportDay(DAY)).join();

        assertThat(totals).isEqualTo(new PaymentTotals(DAY, 5, 12_800 + 4_500 + 3_800 + 4_500 + 4_500, 1, 3_800,
                1, 4_500));
        assertThat(totals.netWon()).isEqualTo(reports().orderSales(new ReportDay(DAY)).join().salesWon());
    }

    @Test
    void theBarTellsHowLongTicketsTookByItemAndStation() {
        PrepTimes times = reports().prepTimes(new ReportDay(DAY)).join();

        assertThat(times.overall()).isEqualTo(new PrepTime("all", times.overall().name(), 2, 150, 180, 450, 480));
        assertThat(times.byItem()).extracting(PrepTime::key, PrepTime::tickets, PrepTime::averagePrepSeconds,
                        PrepTime::slowestPrepSeconds, PrepTime::averageWaitSeconds, PrepTime::slowestWaitSeconds)
                .containsExactly(tuple("croissant", 1, 180L, 180L, 480L, 480L),
                        tuple("americano", 2, 150L, 180L, 450L, 480L));
        assertThat(times.byStation()).extracting(PrepTime::key, PrepTime::tickets, PrepTime::averagePrepSeconds,
                        PrepTime::averageWaitSeconds)
                .containsExactly(tuple("Bar 1", 1, 180L, 480L), tuple("Bar 2", 1, 120L, 420L));
    }

    @Test
    void todayIsTheStoresBusinessDayAndAnotherDayHasItsOwnOrders() {
        CLOCK.set(at(NEXT_DAY, 9, 30));

        OrderSales today = reports().orderSales(ReportDay.today()).join();

        assertThat(today.day()).isEqualTo(NEXT_DAY);
        assertThat(today.salesWon()).isEqualTo(3_800);
        assertThat(reports().paymentTotals(ReportDay.today()).join().chargedWon()).isEqualTo(3_800);
        assertThat(reports().prepTimes(ReportDay.today()).join().isEmpty()).isTrue();
        assertThat(reports().orderSales(new ReportDay(DAY.minusDays(1))).join().isEmpty()).isTrue();
    }

    @Test
    void aDayNoStoreCouldHaveIsRefusedByEachReportAsABadRequest() {
        for (LocalDate absurd : List.of(LocalDate.MAX, LocalDate.MIN, LocalDate.of(1969, 12, 31))) {
            ReportDay day = new ReportDay(absurd);
            assertThat(Stream.of(reports().orderSales(day), reports().paymentTotals(day), reports().prepTimes(day))
                    .map(answer -> Refusal.of(answer).code())).as("%s", absurd)
                    .containsOnly(ErrorCode.MALFORMED_REQUEST);
        }
    }

    @Test
    void onlyASignedInManagerMayReadTheReports() throws Exception {
        try (CafeConnection unsigned = CafeClients.connect(store.server().terminalConfig(Role.MANAGER))) {
            assertThat(Refusal.of(unsigned.manager().sales().orderSales(ReportDay.today())).code())
                    .isEqualTo(ErrorCode.SIGN_IN_REQUIRED);
        }
        try (TestTerminal manager = store.terminal(Role.MANAGER)) {
            assertThat(manager.request(Addresses.PAYMENT_REPORTS, MessageTypes.GET_PAYMENT_TOTALS,
                    ReportDay.today()).code()).as("a manager terminal with no pass")
                    .isEqualTo(ErrorCode.SIGN_IN_REQUIRED.name());
        }
        for (Role role : new Role[] {Role.KIOSK, Role.BARISTA, Role.DISPLAY}) {
            try (TestTerminal terminal = store.terminal(role)) {
                for (String reports : List.of(Addresses.ORDER_REPORTS, Addresses.PAYMENT_REPORTS,
                        Addresses.BARISTA_REPORTS)) {
                    assertThatThrownBy(() -> terminal.request(reports, MessageTypes.GET_ORDER_SALES, ReportDay.today()))
                            .as(role + " on " + reports).isInstanceOf(JMSSecurityException.class);
                }
            }
        }
    }

    private static SalesReports reports() {
        return managerScreen.manager().sales();
    }

    private static LocalDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute);
    }

    private static OrderAccepted paid(LocalDateTime when, OrderType type, long totalWon, CartLine... lines)
            throws Exception {
        OrderAccepted order = place(when, APPROVING_CARD, type, totalWon, lines);
        awaitStatus(order, "QUEUED");
        return order;
    }

    private static void declinedThenPaid(LocalDateTime when, long totalWon, CartLine... lines) throws Exception {
        String key = UUID.randomUUID().toString();
        OrderAccepted order = place(when, key, DECLINING_CARD, OrderType.TAKE_OUT, totalWon, lines);
        awaitStatus(order, "PAYMENT_FAILED");
        ok(kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.RETRY_PAYMENT,
                new RetryPayment(order.orderId(), APPROVING_CARD, key, order.paymentAttempt())));
        awaitStatus(order, "QUEUED");
    }

    private static void refunded(LocalDateTime when, long totalWon, CartLine... lines) throws Exception {
        OrderAccepted order = paid(when, OrderType.TAKE_OUT, totalWon, lines);
        ok(barista.request(Addresses.ORDER_STAFF_COMMANDS, MessageTypes.CANCEL_ORDER,
                new CancelOrder(order.orderId(), "customer left")));
        await().atMost(DEADLINE).until(() -> store.query("payment", "select count(*) from payment where status ="
                + " 'REFUNDED' and order_id = '" + order.orderId() + "'") == 1);
    }

    private static OrderAccepted place(LocalDateTime when, CardToken card, OrderType type, long totalWon,
                                       CartLine... lines) throws Exception {
        return place(when, UUID.randomUUID().toString(), card, type, totalWon, lines);
    }

    private static OrderAccepted place(LocalDateTime when, String key, CardToken card, OrderType type, long totalWon,
                                       CartLine... lines) throws Exception {
        CLOCK.set(when);
        Reply reply = ok(kiosk.request(Addresses.ORDER_COMMANDS, MessageTypes.PLACE_ORDER, new PlaceOrder(
                key, "kiosk-1", type, List.of(lines), totalWon, card, null)));
        return kiosk.json().convertValue(reply.data(), OrderAccepted.class);
    }

    private static void bar(LocalDateTime when, String command, OrderAccepted order, String station) throws Exception {
        CLOCK.set(when);
        ok(barista.request(Addresses.BARISTA_COMMANDS, command, new TicketAction(order.orderId(), station)));
    }

    private static void awaitStatus(OrderAccepted order, String status) {
        await().atMost(DEADLINE).until(() -> status.equals(store.queryText("ordering",
                "select status from customer_order where order_id = '" + order.orderId() + "'")));
    }

    private static Reply ok(Reply reply) {
        assertThat(reply.isOk()).as(reply.message()).isTrue();
        return reply;
    }
}
