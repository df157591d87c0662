package cafe.core.server;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.client.TerminalConfig;
import cafe.contract.wire.Addresses;
import cafe.contract.wire.Role;
import cafe.core.platform.TestTerminal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreServerTest {

    @TempDir
    Path dataDir;

    @Test
    void writesAFileForEveryTerminalRole() throws Exception {
        try (RunningStore store = RunningStore.withTestMenu(dataDir)) {
            for (Role role : Role.values()) {
                TerminalConfig written = TerminalConfig.load(dataDir.resolve("terminals/" + role.user() + ".properties"));
                TerminalConfig served = store.server().terminalConfig(role);
                assertThat(written.brokerUrl()).isEqualTo(served.brokerUrl())
                        .isEqualTo("tcp://127.0.0.1:" + store.config().port());
                assertThat(written.user()).isEqualTo(role.user());
                assertThat(written.password()).isEqualTo(served.password()).isNotBlank();
            }
            TerminalConfig display = TerminalConfig.load(dataDir.resolve("terminals/display.properties"));
            try (TestTerminal terminal = TestTerminal.connect(display.brokerUrl(), display.user(), display.password())) {
                terminal.listen(Addresses.BOARD_EVENTS).close();
            }
        }
    }

    @Test
    void aRestartKeepsThePortAndEveryPassword() throws Exception {
        StoreConfig config = StoreConfig.forTests(dataDir).withMenuResource(RunningStore.TEST_MENU);
        TerminalConfig before;
        try (StoreServer server = StoreServer.start(config)) {
            before = server.terminalConfig(Role.BARISTA);
        }
        try (StoreServer server = StoreServer.start(config)) {
            TerminalConfig after = server.terminalConfig(Role.BARISTA);
            assertThat(after.brokerUrl()).isEqualTo(before.brokerUrl());
            assertThat(after.password()).isEqualTo(before.password());
        }
    }
}
