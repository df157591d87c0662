package cafe.console.manager.report;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.client.CafeException;
import cafe.console.manager.ManagerWindow;
import cafe.console.manager.office.StaffCalls;
import cafe.contract.report.ReportDay;
import cafe.contract.staff.StaffPass;
import cafe.contract.wire.ErrorCode;
import cafe.terminal.i18n.Language;
import cafe.terminal.i18n.Texts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class DayReportModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    /** The store's answers, held until the test gives them, by the day asked (null for today). */
    private final Map<ReportDay, CompletableFuture<LocalDate>> asked = new LinkedHashMap<>();
    /** Each time the section asked the staff member to sign in again. */
    private final List<CompletableFuture<StaffPass>> signIns = new ArrayList<>();
    private final DayReportModel<LocalDate> model = new DayReportModel<>(day -> asked.computeIfAbsent(day,
            d -> new CompletableFuture<>()), answer -> answer, Texts.of(ManagerWindow.TEXTS, Language.EN),
            Runnable::run, new StaffCalls(Runnable::run, () -> {
                CompletableFuture<StaffPass> signIn = new CompletableFuture<>();
                signIns.add(signIn);
                return signIn;
            }));

    @Test
    void todayIsTheDayTheStoreNamesAndThereIsNoDayAfterIt() {
        model.showToday();
        assertThat(model.busyProperty().get()).isTrue();

        answer(ReportDay.today(), TODAY);

        assertThat(model.dayProperty().get()).isEqualTo(TODAY);
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.atTodayBinding().get()).isTrue();
        model.nextDay();
        assertThat(asked).hasSize(1);
    }

    @Test
    void aDateAfterTheStoresLastKnownTodayAsksTheStoreForItsTodayForADayMayHaveBegunSince() {
        model.showToday();
        answer(ReportDay.today(), TODAY);
        asked.clear();

        model.showDay(TODAY.plusDays(1)); // the office was left open past the night's 04:00

        assertThat(asked).containsOnlyKeys(ReportDay.today());
        answer(ReportDay.today(), TODAY.plusDays(1));
        assertThat(model.dayProperty().get()).isEqualTo(TODAY.plusDays(1));
        assertThat(model.atTodayBinding().get()).isTrue();
    }

    @Test
    void onceTheStoreIsReachedADayItDidNotAnswerIsAskedAgainButNotOneItRefused() {
        model.showToday();
        asked.remove(ReportDay.today()).completeExceptionally(new CafeException(ErrorCode.NOT_CONNECTED, "down"));
        model.storeReached();
        assertThat(asked).as("asked again").containsOnlyKeys(ReportDay.today());

        asked.remove(ReportDay.today()).completeExceptionally(new CafeException(ErrorCode.MALFORMED_REQUEST, "no"));
        model.storeReached();
        assertThat(asked).as("a refusal stays a refusal").isEmpty();
    }

    @Test
    void anAnswerForADayTheManagerLeftIsDropped() {
        model.showToday();
        answer(ReportDay.today(), TODAY);

        model.previousDay();
        model.previousDay();
        answer(new ReportDay(TODAY.minusDays(2)), TODAY.minusDays(2));
        answer(new ReportDay(TODAY.minusDays(1)), TODAY.minusDays(1));

        assertThat(model.reportProperty().get()).isEqualTo(TODAY.minusDays(2));
        assertThat(model.dayProperty().get()).isEqualTo(TODAY.minusDays(2));
        assertThat(model.atTodayBinding().get()).isFalse();
    }

    @Test
    void aFailureKeepsTheLastReportSaysWhyAndIsTriedAgain() {
        model.showToday();
        answer(ReportDay.today(), TODAY);
        model.previousDay();

        asked.remove(new ReportDay(TODAY.minusDays(1)))
                .completeExceptionally(new CafeException(ErrorCode.TIMEOUT, "no answer"));

        assertThat(model.problemProperty().get()).isEqualTo("The store server did not answer in time. Try again.");
        assertThat(model.reportProperty().get()).isEqualTo(TODAY);
        assertThat(model.dayProperty().get()).as("the date the figures kept are of").isEqualTo(TODAY);
        model.retry();
        answer(new ReportDay(TODAY.minusDays(1)), TODAY.minusDays(1));
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.reportProperty().get()).isEqualTo(TODAY.minusDays(1));
    }

    @Test
    void aReportRefusedBecauseThePassRanOutIsAskedForAgainOnceSignedInAgain() {
        model.showToday();
        asked.remove(ReportDay.today()).completeExceptionally(new CafeException(ErrorCode.SIGN_IN_REQUIRED, "again"));
        assertThat(signIns).hasSize(1);
        assertThat(model.busyProperty().get()).isTrue();

        signIns.get(0).complete(new StaffPass("kim", "Kim Minji", Instant.parse("2026-03-10T13:00:00Z"), "renewed"));
        answer(ReportDay.today(), TODAY);

        assertThat(model.reportProperty().get()).isEqualTo(TODAY);
        assertThat(model.problemProperty().get()).isEmpty();
    }

    private void answer(ReportDay day, LocalDate answer) {
        asked.get(day).complete(answer);
    }
}
