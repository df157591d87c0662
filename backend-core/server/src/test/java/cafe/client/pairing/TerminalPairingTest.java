package cafe.client.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import cafe.client.CafeConnection;
import cafe.client.ConnectionState;
import cafe.client.TerminalConfig;
import cafe.client.jms.CafeClients;
import cafe.contract.menu.Menu;
import cafe.contract.wire.Role;
import cafe.core.server.RunningStore;
import cafe.core.server.StoreConfig;
import cafe.core.server.StoreServerCommands;
import cafe.core.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A terminal on another PC pairs with the store server over the LAN's TLS acceptor, with the code
 * {@code cafe-server pair} printed, and then works over TLS; a wrong, expired, used or guessed code
 * and a server of another store are refused, and nothing is written then.
 */
class TerminalPairingTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;
    @TempDir
    Path otherStoreData;
    @TempDir
    Path terminalHome;

    private Path kioskFile() {
        return terminalHome.resolve("cafe/kiosk.properties");
    }

    private static String codeFrom(RunningStore store, String role) {
        StoreServerCommands.Result printed = StoreServerCommands.run("pair", "--data",
                store.config().dataDir().toString(), "--role", role);
        assertThat(printed.exitCode()).as(printed.err()).isZero();
        return printed.out().lines().findFirst().orElseThrow();
    }

    private static PairingException refusal(RunningStore store, String code, Role role, Path file) {
        return catchThrowableOfType(PairingException.class, () -> TerminalPairing.pair("127.0.0.1",
                store.config().lanPort(), code, role, file));
    }

    @Test
    void aKioskPairsOverTheLanAndThenTalksToTheServerOverTls() throws Exception {
        try (RunningStore store = RunningStore.withTestMenu(dataDir)) {
            String code = codeFrom(store, "kiosk");

            TerminalConfig paired = TerminalPairing.pair("127.0.0.1", store.config().lanPort(), code, Role.KIOSK,
                    kioskFile());

            TerminalConfig written = TerminalConfig.load(kioskFile());
            assertThat(written).isEqualTo(paired);
            assertThat(written.brokerUrl()).isEqualTo("tcp://127.0.0.1:" + store.config().lanPort());
            assertThat(written.user()).isEqualTo("kiosk");
            assertThat(written.password()).isEqualTo(store.server().terminalConfig(Role.KIOSK).password());
            assertThat(written.storeAuthority()).contains(terminalHome.resolve("cafe/kiosk.properties.store-ca.pem"));
            assertThat(Files.readString(written.storeAuthority().orElseThrow()))
                    .isEqualToIgnoringNewLines(Files.readString(dataDir.resolve("tls/store-ca.pem")));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kioskFile())))
                    .isEqualTo("rw-------");
            try (CafeConnection connection = CafeClients.connect(written)) {
                await().atMost(DEADLINE).until(() -> connection.state() == ConnectionState.CONNECTED);
                Menu menu = connection.kiosk().menu().get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
                assertThat(menu.categories()).isNotEmpty();
            }
        }
    }

    @Test
    void aWrongCodeIsRefusedAndNothingIsWritten() throws Exception {
        try (RunningStore store = RunningStore.withTestMenu(dataDir)) {
            String code = codeFrom(store, "kiosk");
            String wrong = code.substring(0, code.length() - 1) + (code.endsWith("7") ? "8" : "7");

            PairingException refused = refusal(store, wrong, Role.KIOSK, kioskFile());

            assertThat(refused.reason()).isEqualTo(PairingException.Reason.WRONG_CODE);
            assertThat(refused).hasMessageContaining("wrong pairing code");
            assertThat(terminalHome.resolve("cafe")).isEmptyDirectory();
            assertThat(refusal(store, code, Role.BARISTA, kioskFile()))
                    .hasMessageContaining("this pairing code is for a kiosk terminal, not a barista terminal");
            assertThat(refusal(store, "7K3M-Q9XD", Role.KIOSK, kioskFile()).reason())
                    .isEqualTo(PairingException.Reason.NOT_A_CODE);
        }
    }

    @Test
    void anExpiredOrUsedCodeIsRefused() throws Exception {
        MutableClock clock = MutableClock.seoulAt("2026-03-02T01:00:00Z");
        try (RunningStore store = new RunningStore(StoreConfig.forTests(dataDir)
                .withMenuResource(RunningStore.TEST_MENU).withClock(clock))) {
            String used = codeFrom(store, "display");
            TerminalPairing.pair("127.0.0.1", store.config().lanPort(), used, Role.DISPLAY,
                    terminalHome.resolve("display.properties"));
            String late = codeFrom(store, "kiosk");
            clock.advance(Duration.ofMinutes(11));

            assertThat(refusal(store, late, Role.KIOSK, kioskFile()).reason())
                    .isEqualTo(PairingException.Reason.EXPIRED_CODE);
            assertThat(refusal(store, used, Role.DISPLAY, kioskFile())).hasMessageContaining("expired or was used");
        }
    }

    @Test
    void guessingIsCutShortUntilTheOperatorAsksForANewCode() throws Exception {
        try (RunningStore store = RunningStore.withTestMenu(dataDir)) {
            String code = codeFrom(store, "kiosk");
            String prefix = code.substring(0, code.length() - 2);
            // five wrong endings: "00", "11", ... but never the code's own
            for (String guess : IntStream.range(0, 10).mapToObj(d -> String.valueOf(d).repeat(2))
                    .filter(ending -> !code.endsWith(ending)).limit(5).toList()) {
                assertThat(refusal(store, prefix + guess, Role.KIOSK, kioskFile()).reason())
                        .isEqualTo(PairingException.Reason.WRONG_CODE);
            }

            assertThat(refusal(store, code, Role.KIOSK, kioskFile()).reason()).isEqualTo(PairingException.Reason.LOCKED);

            TerminalPairing.pair("127.0.0.1", store.config().lanPort(), codeFrom(store, "kiosk"), Role.KIOSK,
                    kioskFile());
            assertThat(kioskFile()).exists();
        }
    }

    @Test
    void aServerOfAnotherStoreIsRefusedBeforeTheCodeIsSent() throws Exception {
        String otherStoresCode;
        try (RunningStore other = RunningStore.withTestMenu(otherStoreData)) {
            otherStoresCode = codeFrom(other, "kiosk");
        }
        try (RunningStore store = RunningStore.withTestMenu(dataDir)) {
            PairingException refused = refusal(store, otherStoresCode, Role.KIOSK, kioskFile());

            assertThat(refused.reason()).isEqualTo(PairingException.Reason.OTHER_STORE);
            assertThat(refused).hasMessageContaining("is not the store that made this code");
            assertThat(terminalHome.resolve("cafe")).doesNotExist();
        }
    }

    @Test
    void thePlainLoopbackPortIsNotForPairing() throws Exception {
        try (RunningStore store = RunningStore.withTestMenu(dataDir)) {
            String code = codeFrom(store, "kiosk");

            PairingException refused = catchThrowableOfType(PairingException.class, () -> TerminalPairing.pair(
                    "127.0.0.1", store.config().port(), code, Role.KIOSK, kioskFile()));

            assertThat(refused.reason()).isEqualTo(PairingException.Reason.UNREACHABLE);
            assertThat(refused).hasMessageContaining("does not answer with TLS");
        }
    }

    @Test
    void withoutARunningServerThereIsNoCode() {
        StoreServerCommands.Result printed = StoreServerCommands.run("pair", "--data", dataDir.toString(),
                "--role", "kiosk");

        assertThat(printed.exitCode()).isEqualTo(1);
        assertThat(printed.err()).contains("no store server is running on");
    }
}
