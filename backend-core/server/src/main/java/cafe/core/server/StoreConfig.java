package cafe.core.server;

import cafe.contract.report.ReportDay;
import cafe.core.menu.adapter.seed.BundledMenu;
import cafe.core.notification.CustomerReach;
import cafe.core.platform.messaging.BrokerSettings;
import cafe.core.platform.messaging.ExternalBrokerSettings;
import cafe.core.platform.persistence.DatabaseSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a StoreServer needs to start: the data folder (SQLite files, broker journal, users,
 * terminal files, the store's certificate authority), where the databases are (SQLite files in the
 * data folder by default, or PostgreSQL), where terminals reach the broker (plain TCP
 * on loopback at {@code port}, TLS on {@code bindHost:lanPort}), the clock and the hour the
 * business day starts, how long payment requests stay fresh, the simulated card network, the
 * bundled menu, the {@link Safeguards} of its disk and data, how it reaches customers, and the
 * broker others run when it does not embed its own. Starting twice with the same config is a
 * restart: same data, ports and passwords.
 */
public record StoreConfig(Path dataDir, String bindHost, int port, int lanPort, Clock clock,
                          int businessDayStartHour, Duration paymentRequestExpiry, GatewaySimulation gateway,
                          String menuResource, Safeguards safeguards, CustomerReach reach,
                          DatabaseSettings database, Optional<ExternalBrokerSettings> externalBroker) {

    /** The plain TCP port on loopback, for the terminals on the back-office PC itself. */
    public static final int DEFAULT_PORT = 61616;
    /** The TLS port terminals on other PCs pair with and connect to. */
    public static final int DEFAULT_LAN_PORT = 61617;
    /** Terminals on the store's LAN reach the back-office PC on every interface. */
    public static final String ALL_INTERFACES = "0.0.0.0";
    public static final int DEFAULT_DAY_START_HOUR = ReportDay.START_HOUR;

    public StoreConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(bindHost, "bindHost");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(paymentRequestExpiry, "paymentRequestExpiry");
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(menuResource, "menuResource");
        Objects.requireNonNull(safeguards, "safeguards");
        Objects.requireNonNull(reach, "reach");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(externalBroker, "externalBroker");
        if (businessDayStartHour < 0 || businessDayStartHour > 23) {
            throw new IllegalArgumentException("businessDayStartHour must be 0..23, was " + businessDayStartHour);
        }
    }

    /**
     * A store on the LAN: TLS on every interface at {@link #DEFAULT_LAN_PORT}, the system clock, a
     * counter-like simulated card network.
     */
    public static StoreConfig defaults(Path dataDir, int port) {
        return new StoreConfig(dataDir, ALL_INTERFACES, port, DEFAULT_LAN_PORT, Clock.systemDefaultZone(),
                DEFAULT_DAY_START_HOUR, BrokerSettings.DEFAULT_PAYMENT_REQUEST_EXPIRY,
                GatewaySimulation.counterLike(), BundledMenu.DEFAULT_RESOURCE, Safeguards.standard(),
                CustomerReach.loggedOnly(dataDir), DatabaseSettings.sqliteFiles(), Optional.empty());
    }

    /** A store for this PC alone: both acceptors on loopback, on free ports, otherwise as {@link #defaults}. */
    public static StoreConfig onLoopback(Path dataDir) {
        return defaults(dataDir, freePort()).withBindHost("127.0.0.1").withLanPort(freePort());
    }

    /** For tests: loopback only, free ports, no gateway latency and no random declines. */
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

    public StoreConfig withClock(Clock value) {
        return new StoreConfig(dataDir, bindHost, port, lanPort, value,
                businessDayStartHour, paymentRequestExpiry, gateway, menuResource, safeguards, reach, database, externalBroker);
    }

    /** The address the TLS acceptor for the LAN listens on. */
    public StoreConfig withBindHost(String value) {
        return new StoreConfig(dataDir, value, port, lanPort, clock,
                businessDayStartHour, paymentRequestExpiry, gateway, menuResource, safeguards, reach, database, externalBroker);
    }

    public StoreConfig withPort(int value) {
        return new StoreConfig(dataDir, bindHost, value, lanPort, clock,
                businessDayStartHour, paymentRequestExpiry, gateway, menuResource, safeguards, reach, database, externalBroker);
    }

    public StoreConfig withLanPort(int value) {
        return new StoreConfig(dataDir, bindHost, port, value, clock,
                businessDayStartHour, paymentRequestExpiry, gateway, menuResource, safeguards, reach, database, externalBroker);
    }

    public StoreConfig withBusinessDayStartHour(int value) {
        return new StoreConfig(dataDir, bindHost, port, lanPort, clock,
                value, paymentRequestExpiry, gateway, menuResource, safeguards, reach, database, externalBroker);
    }

    public StoreConfig withPaymentRequestExpiry(Duration value) {
        return new StoreConfig(dataDir, bindHost, port, lanPort, clock,
                businessDayStartHour, value, gateway, menuResource, safeguards, reach, database, externalBroker);
    }

    public StoreConfig withGateway(GatewaySimulation value) {
        return new StoreConfig(dataDir, bindHost, port, lanPort, clock,
                businessDayStartHour, paymentRequestExpiry, value, menuResource, safeguards, reach, database, externalBroker);
    }

    /** The class-path resource of the menu loaded on first start. */
    public StoreConfig withMenuResource(String value) {
        return new StoreConfig(dataDir, bindHost, port, lanPort, clock,
                businessDayStartHour, paymentRequestExpiry, gateway, value, safeguards, reach, database, externalBroker);
    }

    public StoreConfig withSafeguards(Safeguards value) {
        return new StoreConfig(dataDir, bindHost, port, lanPort, clock,
                businessDayStartHour, paymentRequestExpiry, gateway, menuResource, value, reach, database, externalBroker);
    }

    /** How the store reaches its customers: store name, mail and SMS providers, the receipt printer's folder. */
    public StoreConfig withReach(CustomerReach value) {
        return new StoreConfig(dataDir, bindHost, port, lanPort, clock,
                businessDayStartHour, paymentRequestExpiry, gateway, menuResource, safeguards, value, database, externalBroker);
    }

    /** Where the contexts keep their data: SQLite files in the data folder, or PostgreSQL. */
    public StoreConfig withDatabase(DatabaseSettings value) {
        return new StoreConfig(dataDir, bindHost, port, lanPort, clock,
                businessDayStartHour, paymentRequestExpiry, gateway, menuResource, safeguards, reach, value,
                externalBroker);
    }

    /** The store's services on a broker others run, instead of the embedded one. */
    public StoreConfig withExternalBroker(ExternalBrokerSettings value) {
        return new StoreConfig(dataDir, bindHost, port, lanPort, clock,
                businessDayStartHour, paymentRequestExpiry, gateway, menuResource, safeguards, reach, database,
                Optional.of(value));
    }

    BrokerSettings brokerSettings() {
        return new BrokerSettings(dataDir, bindHost, port, lanPort, paymentRequestExpiry,
                safeguards.minDiskFreeBytes());
    }
}
