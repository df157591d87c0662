package cafe.core.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cafe.contract.wire.Addresses;
import cafe.contract.wire.MessageTypes;
import cafe.contract.wire.Role;
import cafe.core.platform.TestTerminal;
import jakarta.jms.JMSException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The broker's LAN acceptor speaks TLS with the store's own CA, and nothing else. */
class LanAcceptorTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path otherStoreData;

    @Test
    void aTerminalThatPinsTheStoreCaTalksOverTls() throws Exception {
        try (RunningStore store = RunningStore.withTestMenu(dataDir)) {
            var kiosk = store.server().terminalConfig(Role.KIOSK);
            try (TestTerminal terminal = TestTerminal.connect(tlsUrl(store, caOf(dataDir)), kiosk.user(),
                    kiosk.password())) {
                assertThat(terminal.request(Addresses.MENU_QUERIES, MessageTypes.GET_MENU, "{}").isOk()).isTrue();
            }
        }
    }

    @Test
    void plainTcpToTheLanPortIsRefused() throws Exception {
        try (RunningStore store = RunningStore.withTestMenu(dataDir)) {
            var kiosk = store.server().terminalConfig(Role.KIOSK);
            String plain = "tcp://127.0.0.1:" + store.config().lanPort() + "?callTimeout=3000&connectionTTL=3000";
            assertThatThrownBy(() -> TestTerminal.connect(plain, kiosk.user(), kiosk.password()).close())
                    .isInstanceOf(JMSException.class);
        }
    }

    @Test
    void aTerminalThatPinsAnotherStoresCaIsRefused() throws Exception {
        try (RunningStore other = RunningStore.withTestMenu(otherStoreData)) {
            other.close();
        }
        try (RunningStore store = RunningStore.withTestMenu(dataDir)) {
            var kiosk = store.server().terminalConfig(Role.KIOSK);
            assertThatThrownBy(() -> TestTerminal.connect(tlsUrl(store, caOf(otherStoreData)), kiosk.user(),
                    kiosk.password()).close())
                    .isInstanceOf(JMSException.class);
        }
    }

    private static Path caOf(Path data) {
        return data.resolve("tls/store-ca.pem").toAbsolutePath();
    }

    private static String tlsUrl(RunningStore store, Path ca) {
        return "tcp://127.0.0.1:" + store.config().lanPort() + "?sslEnabled=true&trustStoreType=PEMCA&trustStorePath="
                + ca + "&verifyHost=false&callTimeout=3000";
    }
}
