package cafe.console.manager.desk;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.client.CafeException;
import cafe.client.OrderDesk;
import cafe.console.manager.ManagerWindow;
import cafe.console.manager.office.StaffCalls;
import cafe.contract.desk.FindOrders;
import cafe.contract.desk.OrderList;
import cafe.contract.wire.ErrorCode;
import cafe.terminal.i18n.Language;
import cafe.terminal.i18n.Texts;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The times a manager types are read on the store's business day, which runs from 04:00 to 04:00. */
class OrderSearchViewModelTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private final List<FindOrders> asked = new ArrayList<>();
    /** How the next searches fail, one by one; answered when none is left. */
    private final Deque<ErrorCode> failing = new ArrayDeque<>();
    private final OrderDesk desk = (OrderDesk) Proxy.newProxyInstance(OrderDesk.class.getClassLoader(),
            new Class<?>[] {OrderDesk.class}, (proxy, method, args) -> {
                asked.add((FindOrders) args[0]);
                return failing.isEmpty()
                        ? CompletableFuture.completedFuture(new OrderList(List.of(), false, ((FindOrders) args[0]).day()))
                        : CompletableFuture.failedFuture(new CafeException(failing.poll(), "as the test says"));
            });
    private final Texts texts = Texts.of(ManagerWindow.TEXTS, Language.EN);
    private final OrderSearchViewModel search = new OrderSearchViewModel(desk, texts, new DeskWords(texts, SEOUL),
            Runnable::run, new StaffCalls(Runnable::run, CompletableFuture::new), order -> { });

    @Test
    void aTimeBeforeTheDayStartsIsThatBusinessDaysLateNightTheNextDate() {
        search.dayProperty().set(LocalDate.of(2026, 3, 10));
        search.fromProperty().set("23:30");
        search.toProperty().set("01:30");

        search.findByTime();

        assertThat(asked).singleElement().satisfies(query -> {
            assertThat(query.from()).isEqualTo(Instant.parse("2026-03-10T14:30:00Z"));
            assertThat(query.to()).as("01:30 of the night after the 10th").isEqualTo(Instant.parse("2026-03-10T16:30:00Z"));
        });
        assertThat(search.line().problemProperty().get()).as("not refused as reversed").isFalse();
    }

    @Test
    void fourOClockAsTheEndOfARangeIsTheBusinessDaysEnd() {
        search.dayProperty().set(LocalDate.of(2026, 3, 10));
        search.fromProperty().set("23:00");
        search.toProperty().set("04:00");

        search.findByTime();

        assertThat(asked).singleElement().extracting(FindOrders::to).isEqualTo(Instant.parse("2026-03-10T19:00:00Z"));
    }

    @Test
    void aTimeFromTheDayStartOnIsOnTheChosenDate() {
        search.dayProperty().set(LocalDate.of(2026, 3, 10));
        search.fromProperty().set("04:00");

        search.findByTime();

        assertThat(asked).singleElement().extracting(FindOrders::from).isEqualTo(Instant.parse("2026-03-09T19:00:00Z"));
    }

    @Test
    void aSearchTheStoreDidNotAnswerIsMadeAgainOnceItIsBackButNotOneItRefusedNorOneTypedOver() {
        search.dayProperty().set(LocalDate.of(2026, 3, 10));
        failing.add(ErrorCode.TIMEOUT);
        search.findByTime();
        search.storeReached();
        assertThat(asked).as("asked again").hasSize(2);

        failing.add(ErrorCode.MALFORMED_REQUEST);
        search.findByTime();
        search.storeReached();
        assertThat(asked).as("a refusal is not asked again").hasSize(3);

        failing.add(ErrorCode.NOT_CONNECTED);
        search.findByTime();
        search.numberProperty().set("twelve");
        search.findByNumber();
        search.storeReached();
        assertThat(asked).as("what the manager typed since is what the line tells of").hasSize(4);
    }
}
