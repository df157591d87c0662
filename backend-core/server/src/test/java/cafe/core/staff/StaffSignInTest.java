package cafe.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cafe.client.CafeConnection;
import cafe.client.CafeException;
import cafe.client.ConnectionState;
import cafe.client.ManagerClient;
import cafe.client.jms.CafeClients;
import cafe.contract.staff.StaffMember;
import cafe.contract.staff.StaffPass;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.ErrorCode;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Reply;
import cafe.contract.wire.Role;
import cafe.core.platform.TestTerminal;
import cafe.core.server.RunningStore;
import cafe.core.server.StoreConfig;
import cafe.core.server.StoreServerCommands;
import cafe.core.testing.MutableClock;
import cafe.core.testing.Refusal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staff added on the server's command line sign in at the manager screen's connection with their
 * PIN and get a pass for a shift; wrong PINs are counted, and from the fifth each makes the next wait
 * longer (on the server's own clock, not the caller's); only the manager role may ask at all.
 */
class StaffSignInTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    static Path dataDir;
    private static final MutableClock clock = MutableClock.seoulAt("2026-12-04T09:00:00Z");
    private static RunningStore store;
    private static CafeConnection managerScreen;

    @BeforeAll
    static void openTheStoreWithFourStaff() throws Exception {
        store = new RunningStore(StoreConfig.forTests(dataDir).withMenuResource(RunningStore.TEST_MENU).withClock(clock));
        StaffFixture.enrol(dataDir, "kim", "Kim Minji", "2468");
        StaffFixture.enrol(dataDir, "lee", "Lee Jun", "1357");
        StaffFixture.enrol(dataDir, "choi", "Choi Yuna", "8642");
        StaffFixture.enrol(dataDir, "jung", "Jung Hoon", "9753");
        managerScreen = connected(Role.MANAGER);
    }

    @AfterAll
    static void closeTheStore() throws Exception {
        managerScreen.close();
        store.close();
    }

    @Test
    void theManagerScreenListsStaffByNameAndNeverTheirPins() {
        assertThat(manager().staff().join().members()).containsExactly(
                new StaffMember("choi", "Choi Yuna"), new StaffMember("jung", "Jung Hoon"),
                new StaffMember("kim", "Kim Minji"), new StaffMember("lee", "Lee Jun"));
        assertThat(StoreServerCommands.run("staff", "list", "--data", dataDir.toString()).out())
                .contains("kim\tKim Minji").doesNotContain("2468");
    }

    @Test
    void theRightPinGivesAPassForAShift() {
        StaffPass pass = manager().signIn("kim", "2468".toCharArray()).join();

        assertThat(pass.staffId()).isEqualTo("kim");
        assertThat(pass.name()).isEqualTo("Kim Minji");
        assertThat(pass.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(12)));
        assertThat(pass.token()).isNotBlank().doesNotContain("2468");
    }

    @Test
    void fromTheFifthWrongPinEachMakesTheNextWaitLongerEvenForTheRightOne() {
        for (int left = 4; left >= 1; left--) {
            CafeException wrong = Refusal.of(manager().signIn("lee", "0000".toCharArray()));
            assertThat(wrong.code()).isEqualTo(ErrorCode.PIN_WRONG);
            assertThat(wrong.getMessage()).contains("Lee Jun").contains(left + (left == 1 ? " more try " : " more tries "));
        }
        CafeException fifth = Refusal.of(manager().signIn("lee", "0000".toCharArray()));
        assertThat(fifth.code()).isEqualTo(ErrorCode.PIN_LOCKED);
        assertThat(fifth.details().asInt()).as("seconds").isEqualTo(30);
        CafeException locked = Refusal.of(manager().signIn("lee", "1357".toCharArray()));
        assertThat(locked.code()).isEqualTo(ErrorCode.PIN_LOCKED);
        assertThat(locked.getMessage()).contains("try again in 30 seconds");

        clock.advance(Duration.ofSeconds(30));
        assertThat(Refusal.of(manager().signIn("lee", "0000".toCharArray())).getMessage())
                .contains("try again in 60 seconds");
        clock.advance(Duration.ofSeconds(60));

        assertThat(manager().signIn("lee", "1357".toCharArray()).join().staffId()).isEqualTo("lee");
    }

    @Test
    void aWrongPinDeliveredAgainIsRefusedAsBeforeAndCountedOnce() throws Exception {
        TestTerminal screen = store.terminal(Role.MANAGER);
        UUID messageId = UUID.randomUUID();

        Reply first = screen.request(Addresses.STAFF_COMMANDS, MessageTypes.SIGN_IN, wrongPin("choi"), messageId);
        Reply again = screen.request(Addresses.STAFF_COMMANDS, MessageTypes.SIGN_IN, wrongPin("choi"), messageId);

        assertThat(first.code()).isEqualTo(ErrorCode.PIN_WRONG.name());
        assertThat(first.message()).contains("4 more tries");
        assertThat(again.code()).isEqualTo(ErrorCode.PIN_WRONG.name());
        assertThat(again.message()).contains("4 more tries");
        assertThat(Refusal.of(manager().signIn("choi", "0000".toCharArray())).getMessage())
                .as("the second wrong PIN").contains("3 more tries");
    }

    @Test
    void aRefusedRequestsIdReusedFromTheSameQueueChecksNoPinButFromAnotherIsANewSignIn() throws Exception {
        TestTerminal screen = store.terminal(Role.MANAGER);
        UUID messageId = UUID.randomUUID();
        screen.request(Addresses.STAFF_COMMANDS, MessageTypes.SIGN_IN, wrongPin("jung"), messageId);

        Reply reused = screen.request(Addresses.STAFF_COMMANDS, MessageTypes.SIGN_IN,
                Map.of("staffId", "jung", "pin", "9753"), messageId);
        Reply fromAnother = store.terminal(Role.MANAGER).request(Addresses.STAFF_COMMANDS, MessageTypes.SIGN_IN,
                Map.of("staffId", "jung", "pin", "9753"), messageId);

        assertThat(reused.code()).as("no free guess under a used id").isEqualTo(ErrorCode.PIN_WRONG.name());
        assertThat(fromAnother.isOk()).isTrue();
        assertThat(fromAnother.data().get("staffId").asText()).isEqualTo("jung");
    }

    @Test
    void aPassAnsweredAfterTheScreenSignedOutIsNotKept() throws Exception {
        try (CafeConnection screen = connected(Role.MANAGER)) {
            ManagerClient office = screen.manager();
            var signingIn = office.signIn("jung", "9753".toCharArray());
            office.signOut(); // the PIN is still being checked, by design slowly

            assertThat(signingIn).failsWithin(DEADLINE).withThrowableOfType(ExecutionException.class)
                    .withCauseInstanceOf(CancellationException.class);
            assertThat(office.signedIn()).as("no pass goes with the screen's next command").isEmpty();
        }
    }

    @Test
    void anUnknownMemberIsAWrongPin() {
        assertThat(Refusal.of(manager().signIn("park", "2468".toCharArray())).code()).isEqualTo(ErrorCode.PIN_WRONG);
    }

    @Test
    void noOtherTerminalMayListStaffOrSignIn() throws Exception {
        for (Role role : new Role[] {Role.KIOSK, Role.BARISTA, Role.DISPLAY}) {
            try (CafeConnection terminal = connected(role)) {
                assertThat(Refusal.of(terminal.manager().signIn("kim", "2468".toCharArray())).code())
                        .as(role.name()).isEqualTo(ErrorCode.FORBIDDEN);
                assertThat(Refusal.of(terminal.manager().staff()).code()).as(role.name()).isEqualTo(ErrorCode.FORBIDDEN);
            }
        }
    }

    @Test
    void theCommandLineRefusesAPinThatIsNotFourToTwelveDigitsAndATakenId() {
        assertThat(StaffFixture.add(dataDir, "park", "Park", "12a4").err()).contains("4 to 12 digits");
        assertThat(StaffFixture.add(dataDir, "kim", "Kim again", "9999").err()).contains("already a staff member kim");
        assertThat(StaffFixture.add(dataDir, "Park Ji", "Park", "1234").err()).contains("lower-case");
        assertThat(StaffFixture.add(dataDir, "bar", "Bar Staff", "1234").err())
                .as("the bar's sold-out marks are kept under that name").contains("the store's own name");
    }

    private static Map<String, String> wrongPin(String staffId) {
        return Map.of("staffId", staffId, "pin", "0000");
    }

    private static ManagerClient manager() {
        return managerScreen.manager();
    }

    private static CafeConnection connected(Role role) {
        CafeConnection connection = CafeClients.connect(store.server().terminalConfig(role));
        await().atMost(DEADLINE).until(() -> connection.state() == ConnectionState.CONNECTED);
        return connection;
    }
}
