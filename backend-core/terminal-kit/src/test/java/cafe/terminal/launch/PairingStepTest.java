package cafe.terminal.launch;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.client.TerminalConfig;
import cafe.core.server.RunningStore;
import cafe.core.server.StoreServerCommands;
import cafe.terminal.window.WindowMode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cafe-kiosk --pair HOST --code CODE} as the person installing a kiosk PC meets it. */
class PairingStepTest {

    private static final Program KIOSK = new Program("kiosk", "kiosk", WindowMode.APPLIANCE);

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dataDir;
    @TempDir
    Path home;

    @Test
    void aKioskPairsWithTheCodeTheServerPrintedAndWritesItsTerminalFile() throws Exception {
        Path file = home.resolve("kiosk.properties");
        try (RunningStore store = RunningStore.withTestMenu(dataDir)) {
            String code = codeFrom(store);

            int status = run("--pair", "127.0.0.1:" + store.config().lanPort(), "--code", code,
                    "--config", file.toString());

            assertThat(status).as(err.toString()).isEqualTo(ExitStatus.DONE);
            assertThat(out.toString()).contains("Paired with the store server at 127.0.0.1:" + store.config().lanPort()
                    + " as kiosk");
            TerminalConfig written = TerminalConfig.load(file);
            assertThat(written.user()).isEqualTo("kiosk");
            assertThat(written.brokerUrl()).isEqualTo("tcp://127.0.0.1:" + store.config().lanPort());
        }
    }

    @Test
    void aWrongCodeIsRefusedInOneSentenceAndWritesNothing() throws Exception {
        Path file = home.resolve("kiosk.properties");
        try (RunningStore store = RunningStore.withTestMenu(dataDir)) {
            String code = codeFrom(store);
            String wrong = code.substring(0, code.length() - 1) + (code.endsWith("2") ? "3" : "2");

            int status = run("--pair", "127.0.0.1:" + store.config().lanPort(), "--code", wrong,
                    "--config", file.toString());

            assertThat(status).isEqualTo(ExitStatus.FAILED);
            assertThat(err.toString()).startsWith("Not paired: ").doesNotContain("Exception");
            assertThat(Files.exists(file)).isFalse();
        }
    }

    @Test
    void aBadServerAddressIsAUsageError() {
        assertThat(run("--pair", "store-pc:port", "--code", "x")).isEqualTo(ExitStatus.USAGE);
        assertThat(err.toString()).contains("--pair takes HOST or HOST:PORT, not 'store-pc:port'");
    }

    private static String codeFrom(RunningStore store) {
        StoreServerCommands.Result printed = StoreServerCommands.run("pair", "--data",
                store.config().dataDir().toString(), "--role", "kiosk");
        assertThat(printed.exitCode()).as(printed.err()).isZero();
        return printed.out().lines().findFirst().orElseThrow();
    }

    private int run(String... args) {
        return TerminalLauncher.run(KIOSK, SampleScreen.App.class, new SampleScreen.Options(), args,
                new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
