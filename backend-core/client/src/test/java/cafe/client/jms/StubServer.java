package cafe.client.jms;

import cafe.client.TerminalConfig;
import java.nio.file.Path;
import java.time.Duration;

/** An embedded broker with a stub store answering on it: what a terminal sees of a StoreServer. */
final class StubServer implements AutoCloseable {

    private final TestBroker broker;
    private StubStore store;

    private StubServer(TestBroker broker) {
        this.broker = broker;
        this.store = StubStore.start(broker.url());
    }

    static StubServer start(Path home) {
        return new StubServer(TestBroker.start(home));
    }

    StubStore store() {
        return store;
    }

    TestBroker broker() {
        return broker;
    }

    TerminalConfig terminal(Duration requestTimeout) {
        return new TerminalConfig(broker.url(), "kiosk", "kiosk-password", requestTimeout);
    }

    /** Stops the broker: every connection to it is dropped. */
    void stop() {
        store.close();
        broker.stop();
    }

    /** Starts the broker again on the same port, with a fresh stub store that knows nothing yet. */
    void restart() {
        broker.start();
        store = StubStore.start(broker.url());
    }

    @Override
    public void close() {
        store.close();
        broker.close();
    }
}
