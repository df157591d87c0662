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

/**
 * {@code ./cafe simulate}: simulated kiosks and baristas against the StoreServer whose terminal
 * files are in {@code --data DIR/terminals} (a running {@code ./cafe server}), or against one it
 * starts itself with {@code --embedded} (or when that folder has no terminal files). Prints each
 * order's path and a summary; exits 0 only when every order was picked up.
 */
public final class SimulateMain {

    private static final String USAGE = "usage: simulate [--kiosks N] [--orders N] [--baristas N] "
            + "[--decline-share 0..1] [--prep-ms N] [--timeout-s N] [--seed N] [--data DIR] [--embedded]";

    private SimulateMain() {
    }

    /** What the command line asked for. */
    record Options(SimulationSettings settings, Path dataDir, boolean embedded) {
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-simulate.xml");
        }
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + USAGE);
            System.exit(2);
            return;
        }
        SimulationReport report = run(options);
        System.out.print(report.format());
        System.exit(report.allPickedUp() ? 0 : 1);
    }

    static SimulationReport run(Options options) throws InterruptedException {
        Path terminals = options.dataDir().resolve("terminals");
        boolean embedded = options.embedded() || !Files.exists(terminals.resolve("kiosk.properties"));
        if (!embedded) {
            System.out.println("Simulating against the store server of " + options.dataDir().toAbsolutePath());
            return simulate(load(terminals, "kiosk"), load(terminals, "barista"), options.settings());
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
        return new Simulation(kiosk, barista, settings, System.out::println).run();
    }

    static Options parse(String[] args) {
        SimulationSettings standard = SimulationSettings.standard();
        int kiosks = standard.kiosks();
        int orders = standard.orders();
        int baristas = standard.baristas();
        double declineShare = standard.declineShare();
        Duration prepTime = standard.prepTime();
        Duration deadline = standard.deadline();
        long seed = standard.seed();
        Path data = Path.of("data");
        boolean embedded = false;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--embedded")) {
                embedded = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--kiosks" -> kiosks = number(option, value);
                case "--orders" -> orders = number(option, value);
                case "--baristas" -> baristas = number(option, value);
                case "--decline-share" -> declineShare = Double.parseDouble(value);
                case "--prep-ms" -> prepTime = Duration.ofMillis(number(option, value));
                case "--timeout-s" -> deadline = Duration.ofSeconds(number(option, value));
                case "--seed" -> seed = number(option, value);
                case "--data" -> data = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new Options(new SimulationSettings(kiosks, baristas, orders, declineShare, prepTime, deadline, seed),
                data, embedded);
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, was " + value);
        }
    }

    private static TerminalConfig load(Path terminals, String role) {
        try {
            return TerminalConfig.load(terminals.resolve(role + ".properties"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + role + " terminal file in " + terminals, e);
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
