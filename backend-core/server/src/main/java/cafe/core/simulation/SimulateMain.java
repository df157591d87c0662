package cafe.core.simulation;

import cafe.client.TerminalConfig;
import cafe.contract.wire.Role;
import cafe.core.server.StoreConfig;
import cafe.core.server.StoreServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ./cafe simulate}: simulated kiosks and baristas against the StoreServer whose terminal
 * files are in {@code --data DIR/terminals} (a running {@code ./cafe server}), or against one it
 * starts itself with {@code --embedded} (or when that folder has no terminal files). Prints each
 * order's path and a summary; exits 0 only when every order was picked up.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Simulated kiosks and baristas against a StoreServer; exits 0 only when every order "
                + "was picked up.")
public final class SimulateMain implements Callable<Integer> {

    private static final SimulationSettings STANDARD = SimulationSettings.standard();

    @Option(names = "--kiosks", description = "kiosks ordering at once (default ${DEFAULT-VALUE})")
    int kiosks = STANDARD.kiosks();
    @Option(names = "--orders", description = "orders in all (default ${DEFAULT-VALUE})")
    int orders = STANDARD.orders();
    @Option(names = "--baristas", description = "baristas at the bar (default ${DEFAULT-VALUE})")
    int baristas = STANDARD.baristas();
    @Option(names = "--decline-share", paramLabel = "0..1",
            description = "share of orders whose first card is declined (default ${DEFAULT-VALUE})")
    double declineShare = STANDARD.declineShare();
    @Option(names = "--prep-ms", description = "how long a barista makes an order (default ${DEFAULT-VALUE})")
    long prepMillis = STANDARD.prepTime().toMillis();
    @Option(names = "--timeout-s", description = "the whole run's deadline (default ${DEFAULT-VALUE})")
    long deadlineSeconds = STANDARD.deadline().toSeconds();
    @Option(names = "--seed", description = "random seed (default: a new one each run)")
    long seed = STANDARD.seed();
    @Option(names = "--data", paramLabel = "DIR", description = "the store server's data folder (default ${DEFAULT-VALUE})")
    Path dataDir = Path.of("data");
    @Option(names = "--embedded", description = "start a store server of its own on the data folder")
    boolean embedded;

    /** What the command line asked for. */
    record Options(SimulationSettings settings, Path dataDir, boolean embedded) {
    }

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-simulate.xml");
        }
        System.exit(new CommandLine(new SimulateMain()).execute(args));
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Options options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        SimulationReport report = run(options);
        System.out.print(report.format());
        return report.allPickedUp() ? 0 : 1;
    }

    static Options parse(String[] args) {
        SimulateMain command = new SimulateMain();
        new CommandLine(command).parseArgs(args);
        return command.options();
    }

    private Options options() {
        return new Options(new SimulationSettings(kiosks, baristas, orders, declineShare, Duration.ofMillis(prepMillis),
                Duration.ofSeconds(deadlineSeconds), seed), dataDir, embedded);
    }

    static SimulationReport run(Options options) throws InterruptedException {
        Path terminals = options.dataDir().resolve("terminals");
        boolean embedded = options.embedded() || !Files.exists(terminals.resolve("kiosk.properties"));
        if (!embedded) {
            System.out.println("Simulating against the store server of " + options.dataDir().toAbsolutePath());
            return simulate(load(terminals, Role.KIOSK), load(terminals, Role.BARISTA), options.settings());
        }
        Path data = options.embedded() ? options.dataDir() : temporaryFolder();
        System.out.println("Simulating against an embedded store server, data in " + data.toAbsolutePath());
        try (StoreServer server = StoreServer.start(StoreConfig.onLoopback(data))) {
            return simulate(server.terminalConfig(Role.KIOSK), server.terminalConfig(Role.BARISTA),
                    options.settings());
        }
    }

    private static SimulationReport simulate(TerminalConfig kiosk, TerminalConfig barista,
                                             SimulationSettings settings) throws InterruptedException {
        return Simulation.tracing(kiosk, barista, settings, System.out::println).run();
    }

    /** The terminal file a running store server wrote for the role. */
    static TerminalConfig load(Path terminals, Role role) {
        try {
            return TerminalConfig.load(terminals.resolve(role.user() + ".properties"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + role.user() + " terminal file in " + terminals, e);
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("cafe-simulate-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
