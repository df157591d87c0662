package cafe.core.server;

import cafe.core.menu.adapter.seed.BundledMenu;
import cafe.core.platform.messaging.BrokerSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything a StoreServer needs to start: the data folder (SQLite files, broker journal, users,
 * terminal files), where terminals reach the broker, the clock and the hour the business day
 * starts, how long payment requests stay fresh, the simulated card network, the bundled menu and
 * the {@link Safeguards} of its disk and data.
 * Starting twice with the same config is a restart: same data, same port, same passwords.
 */
public record StoreConfig(Path dataDir, String bindHost, int port, Clock clock, int businessDayStartHour,
                          Duration paymentRequestExpiry, GatewaySimulation gateway, String menuResource,
                          Safeguards safeguards) {

    public static final int DEFAULT_PORT = 61616;
    /** Terminals on the store's LAN reach the back-office PC on every interface. */
    public static final String ALL_INTERFACES = "0.0.0.0";
    public static final int DEFAULT_DAY_START_HOUR = 4;

    public StoreConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(bindHost, "bindHost");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(paymentRequestExpiry, "paymentRequestExpiry");
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(menuResource, "menuResource");
        Objects.requireNonNull(safeguards, "safeguards");
        if (businessDayStartHour < 0 || businessDayStartHour > 23) {
            throw new IllegalArgumentException("businessDayStartHour must be 0..23, was " + businessDayStartHour);
        }
    }

    /** A store on the LAN: all interfaces, the system clock, a counter-like simulated card network. */
    public static StoreConfig defaults(Path dataDir, int port) {
        return new StoreConfig(dataDir, ALL_INTERFACES, port, Clock.systemDefaultZone(), DEFAULT_DAY_START_HOUR,
                BrokerSettings.DEFAULT_PAYMENT_REQUEST_EXPIRY, GatewaySimulation.counterLike(),
                BundledMenu.DEFAULT_RESOURCE, Safeguards.standard());
    }

    /** A store for this PC alone: loopback only, on a free port, otherwise as {@link #defaults}. */
    public static StoreConfig onLoopback(Path dataDir) {
        return defaults(dataDir, freePort()).withBindHost("127.0.0.1");
    }

    /** For tests: loopback only, a free port, no gateway latency and no random declines. */
    public static StoreConfig forTests(Path dataDir) {
        return onLoopback(dataDir).withGateway(GatewaySimulation.instant());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free TCP port", e);
        }
    }

    public StoreConfig withClock(Clock newClock) {
        return new StoreConfig(dataDir, bindHost, port, newClock, businessDayStartHour, paymentRequestExpiry,
                gateway, menuResource, safeguards);
    }

    public StoreConfig withBindHost(String host) {
        return new StoreConfig(dataDir, host, port, clock, businessDayStartHour, paymentRequestExpiry, gateway,
                menuResource, safeguards);
    }

    public StoreConfig withPort(int newPort) {
        return new StoreConfig(dataDir, bindHost, newPort, clock, businessDayStartHour, paymentRequestExpiry,
                gateway, menuResource, safeguards);
    }

    public StoreConfig withBusinessDayStartHour(int hour) {
        return new StoreConfig(dataDir, bindHost, port, clock, hour, paymentRequestExpiry, gateway, menuResource,
                safeguards);
    }

    public StoreConfig withPaymentRequestExpiry(Duration expiry) {
        return new StoreConfig(dataDir, bindHost, port, clock, businessDayStartHour, expiry, gateway, menuResource,
                safeguards);
    }

    public StoreConfig withGateway(GatewaySimulation simulation) {
        return new StoreConfig(dataDir, bindHost, port, clock, businessDayStartHour, paymentRequestExpiry,
                simulation, menuResource, safeguards);
    }

    /** The class-path resource of the menu loaded on first start. */
    public StoreConfig withMenuResource(String resource) {
        return new StoreConfig(dataDir, bindHost, port, clock, businessDayStartHour, paymentRequestExpiry, gateway,
                resource, safeguards);
    }

    public StoreConfig withSafeguards(Safeguards newSafeguards) {
        return new StoreConfig(dataDir, bindHost, port, clock, businessDayStartHour, paymentRequestExpiry, gateway,
                menuResource, newSafeguards);
    }

    BrokerSettings brokerSettings() {
        return new BrokerSettings(dataDir, bindHost, port, paymentRequestExpiry, safeguards.minDiskFreeBytes());
    }
}
