package cafe.core.server;

import cafe.core.server.settings.ServerSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options of {@code cafe-server [run]}: the settings file, where the store listens, logs, how its
 * card network behaves and how it reaches customers.
 */
final class RunOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Mixin
    DataFolderOption data = new DataFolderOption();

    @Mixin
    ReachOptions reach = new ReachOptions();

    @Mixin
    SettingsOption settings = new SettingsOption();

    private int port = StoreConfig.DEFAULT_PORT;
    private int lanPort = StoreConfig.DEFAULT_LAN_PORT;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = StoreConfig.ALL_INTERFACES,
            description = "The address the TLS acceptor for terminals on the LAN listens on (default: ${DEFAULT-VALUE}, every interface).")
    String bind;

    @Option(names = "--log-dir", paramLabel = "DIR",
            description = "Where server.log and its rolled files go (default: <data>/logs).")
    Path logDir;

    private GatewaySimulation gateway = GatewaySimulation.counterLike();

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + StoreConfig.DEFAULT_PORT,
            description = "Plain TCP port on loopback, for the terminals on this PC (default: ${DEFAULT-VALUE}).")
    void port(int value) {
        port = checkedPort("--port", value);
    }

    @Option(names = "--lan-port", paramLabel = "N", defaultValue = "" + StoreConfig.DEFAULT_LAN_PORT,
            description = "TLS port for terminals on other PCs: pairing and orders (default: ${DEFAULT-VALUE}).")
    void lanPort(int value) {
        lanPort = checkedPort("--lan-port", value);
    }

    @Option(names = "--gateway-latency-ms", paramLabel = "N", defaultValue = "800",
            description = "Simulated card network: how long it takes to answer (default: ${DEFAULT-VALUE}).")
    void gatewayLatency(long millis) {
        require(millis >= 0, "--gateway-latency-ms must be 0 or more, was " + millis);
        gateway = new GatewaySimulation(Duration.ofMillis(millis), gateway.timeout(), gateway.randomDeclineRate());
    }

    @Option(names = "--gateway-timeout-ms", paramLabel = "N", defaultValue = "10000",
            description = "Simulated card network: how long the store waits for it (default: ${DEFAULT-VALUE}).")
    void gatewayTimeout(long millis) {
        require(millis > 0, "--gateway-timeout-ms must be more than 0, was " + millis);
        gateway = new GatewaySimulation(gateway.latency(), Duration.ofMillis(millis), gateway.randomDeclineRate());
    }

    @Option(names = "--gateway-decline-rate", paramLabel = "0..1", defaultValue = "0.02",
            description = "Simulated card network: the share of ordinary cards it declines (default: ${DEFAULT-VALUE}).")
    void gatewayDeclineRate(double rate) {
        require(rate >= 0 && rate <= 1, "--gateway-decline-rate must be within 0..1, was " + rate);
        gateway = new GatewaySimulation(gateway.latency(), gateway.timeout(), rate);
    }

    private int checkedPort(String option, int value) {
        require(value >= 1 && value <= 65535, option + " must be 1..65535, was " + value);
        return value;
    }

    private void require(boolean valid, String problem) {
        if (!valid) {
            throw new ParameterException(spec.commandLine(), problem);
        }
    }

    Path dataDir() {
        return data.folder();
    }

    Path logDirOrDefault() {
        return logDir != null ? logDir : dataDir().resolve("logs");
    }

    StoreConfig storeConfig() {
        require(port != lanPort, "--port and --lan-port must differ, both were " + port);
        ServerSettings file = settings.settings();
        StoreConfig plain = StoreConfig.defaults(dataDir(), port).withDatabase(file.database()).withLanPort(lanPort)
                .withBindHost(bind).withGateway(gateway).withReach(reach.reach(dataDir()));
        StoreConfig config = file.timeZone().map(zone -> plain.withClock(Clock.system(zone))).orElse(plain);
        return file.externalBroker().map(config::withExternalBroker).orElse(config);
    }
}
