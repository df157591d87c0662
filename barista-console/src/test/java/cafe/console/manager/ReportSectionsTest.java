package cafe.console.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.contract.order.OrderAccepted;
import cafe.core.order.Carts;
import cafe.terminal.i18n.Language;
import cafe.terminal.testing.ScreenFit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The day's sales and prep times sections in Korean, against a real StoreServer that sold three
 * orders today and made one of them: the owner sees the day, steps to a day without sales and
 * back, and exports a spreadsheet file that Excel reads right.
 */
class ReportSectionsTest {

    @RegisterExtension
    static final ManagerScreenFixture OFFICE = new ManagerScreenFixture("kim", "김민지", "2468", Language.KO);

    private static long soldWon;

    @BeforeAll
    static void sellADay() throws Exception {
        OrderAccepted made = OFFICE.store().pay(Carts.americano(2), Carts.croissant(1));
        soldWon = made.totalWon() + OFFICE.store().pay().totalWon() + OFFICE.store().pay(Carts.croissant(2)).totalWon();
        OFFICE.store().start(made);
        OFFICE.store().ready(made);
    }

    @Test
    void theDaysSalesAddUpAnEmptyDaySaysSoAndTheExportOpensRightInASpreadsheet(FxRobot robot) throws Exception {
        signInAndOpen(robot, "매출");
        String net = String.format("%,d원", soldWon);
        awaitText(robot, "#sales-net", net);
        assertThat(text(robot, "#sales-orders")).isEqualTo("3");
        assertThat(text(robot, "#sales-refunds")).isEqualTo("0건 · 0원");
        assertThat(robot.lookup("#sales-items").queryAs(TableView.class).getItems()).isNotEmpty();
        assertThat(fitsTheSmallestBackOfficeMonitor(robot)).isEmpty();

        robot.clickOn("#day-previous");
        await().atMost(ManagerStage.PATIENCE).until(() -> robot.lookup("#sales-empty").query().isVisible());
        assertThat(text(robot, "#sales-empty")).endsWith("에는 매출이 없습니다.");
        robot.clickOn("#day-next");
        awaitText(robot, "#sales-net", net);

        robot.clickOn("#sales-export");
        LocalDate today = robot.lookup("#day-date").queryAs(DatePicker.class).getValue();
        String fileName = "sales-" + today + ".csv";
        awaitText(robot, "#sales-export-message", fileName + " 파일을 저장했습니다.");
        byte[] bytes = Files.readAllBytes(OFFICE.screen().exports().resolve(fileName));
        assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte-order mark")
                .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(csv).endsWith("\r\n").doesNotContain("\r\r").doesNotContainPattern("[^\r]\n");
        List<String> rows = List.of(csv.split("\r\n"));
        assertThat(rows.get(0)).isEqualTo("매출," + today);
        assertThat(rows).contains("합계,건수,금액(원)", "순매출,3," + soldWon, "메뉴,건수,금액(원)");
        assertThat(rows).anyMatch(row -> row.startsWith("아메리카노,3,"));
        assertThat(sumOfSection(rows, "메뉴,건수,금액(원)")).as("items add up to net").isEqualTo(soldWon);
        assertThat(sumOfSection(rows, "시간,주문 수,금액(원)")).as("hours add up to net").isEqualTo(soldWon);
    }

    @Test
    void prepTimesShowTheTicketMadeTodayByItemAndStation(FxRobot robot) {
        signInAndOpen(robot, "제조 시간");

        await().atMost(ManagerStage.PATIENCE).until(() -> text(robot, "#prep-overall").startsWith("티켓 1장"));
        assertThat(robot.lookup("#prep-by-item").queryAs(TableView.class).getItems()).hasSize(2);
        assertThat(robot.lookup("#prep-by-station").queryAs(TableView.class).getItems()).hasSize(1);
        assertThat(fitsTheSmallestBackOfficeMonitor(robot)).isEmpty();
        DatePicker day = robot.lookup("#day-date").queryAs(DatePicker.class);
        LocalDate shown = day.getValue();
        assertThat(day.getEditor().getText()).as("a Korean date").isEqualTo(
                shown.getYear() + ". " + shown.getMonthValue() + ". " + shown.getDayOfMonth() + ".");
        robot.interact(() -> day.getEditor().clear());
        robot.clickOn(day.getEditor()).write("어제").type(KeyCode.ENTER);
        awaitText(robot, "#day-unreadable", "\"어제\"은(는) 날짜가 아닙니다. " + day.getConverter().toString(shown)
                + "처럼 입력하세요.");
        assertThat(day.getValue()).isEqualTo(shown);
        robot.clickOn("#prep-by-item").type(KeyCode.PAGE_UP);
        await().atMost(ManagerStage.PATIENCE).until(() -> robot.lookup("#prep-empty").query().isVisible());
        assertThat(text(robot, "#prep-empty")).endsWith("에 완료된 티켓이 없습니다.");
    }

    /** The store goes down under a manager reading the sales, who asks for another day meanwhile. */
    @Test
    void theHeaderSaysWhileTheStoreIsDownAndADayAskedForMeanwhileComesByItselfOnceItIsBack(FxRobot robot)
            throws Exception {
        signInAndOpen(robot, "매출");
        awaitText(robot, "#sales-net", String.format("%,d원", soldWon));
        assertThat(robot.lookup("#link-state").query().isVisible()).isFalse();

        OFFICE.store().stopServer();
        try {
            awaitText(robot, "#link-state", "매장 서버 연결 끊김 · 다시 연결하는 중");
            robot.clickOn("#day-previous");
            await().atMost(ManagerStage.PATIENCE).until(() -> !text(robot, "#day-problem").isEmpty());
        } finally {
            OFFICE.store().startServer();
        }

        await().atMost(ManagerStage.PATIENCE).until(() -> !robot.lookup("#link-state").query().isVisible());
        await().atMost(ManagerStage.PATIENCE).until(() -> robot.lookup("#sales-empty").query().isVisible());
        assertThat(text(robot, "#day-problem")).isEmpty();
    }

    /** What the section shows badly at 1280x800: text cut short, a control off the window. */
    private List<String> fitsTheSmallestBackOfficeMonitor(FxRobot robot) {
        ScreenFit.resize(OFFICE.screen().scene(), 1280, 800, ManagerStage.PATIENCE);
        List<String> problems = new ArrayList<>();
        robot.interact(() -> problems.addAll(ScreenFit.problems(OFFICE.screen().scene())));
        return problems;
    }

    private static void signInAndOpen(FxRobot robot, String tab) {
        OFFICE.signIn(robot);
        ManagerStage.openSection(robot, tab);
    }

    /** The sum of the won column of the section under this heading, down to its blank line. */
    private static long sumOfSection(List<String> rows, String heading) {
        return rows.stream().dropWhile(row -> !row.equals(heading)).skip(1).takeWhile(row -> !row.isEmpty())
                .mapToLong(row -> Long.parseLong(row.substring(row.lastIndexOf(',') + 1))).sum();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }

    private static void awaitText(FxRobot robot, String query, String expected) {
        await().atMost(ManagerStage.PATIENCE).untilAsserted(() -> assertThat(text(robot, query)).isEqualTo(expected));
    }
}
