package cafe.core.simulation;

import cafe.client.TerminalConfig;
import cafe.contract.wire.Role;
import cafe.core.bench.BenchFolder;
import cafe.core.bench.BenchSetup;
import cafe.core.bench.BrokerHop;
import cafe.core.bench.Percentiles;
import cafe.core.bench.StoreLedger;
import cafe.core.server.settings.SettingsProblem;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code ./cafe bench}: how much the store takes on this machine, in one run, beside the targets of
 * issue 15. The StoreServer runs in a JVM of its own (for its memory and CPU figures); the bench
 * plays the terminals over TCP. Prints the table and writes it to {@code docs/BENCHMARKS.md}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measures the raw broker, the whole life cycle at the highest sustained rate, the bar and board "
                + "at a steady rate, and payment with a slow card network; writes docs/BENCHMARKS.md.")
public final class BenchMain implements Callable<Integer> {

    private static final double RUSH_TARGET = 100;
    private static final double TAP_TO_TICKET_P50_HOPS = 6;
    private static final double TAP_TO_TICKET_P99_MS = 50;
    private static final double READY_TO_BOARD_P99_MS = 20;
    private static final double PAID_P50_MS = 1_000;
    private static final double PAID_P99_MS = 1_500;
    private static final double RSS_TARGET_MB = 300;

    @Option(names = "--warm-up-orders", description = "orders placed first, so the server's JIT has compiled its "
            + "hot paths before anything is timed (default ${DEFAULT-VALUE})")
    int warmUpOrders = 300;
    @Option(names = "--rush-orders", description = "orders of each life-cycle run (default ${DEFAULT-VALUE})")
    int rushOrders = 1_500;
    @Option(names = "--rush-runs", description = "life-cycle runs one after another on the same store; the median "
            + "run's rate is the figure (default ${DEFAULT-VALUE})")
    int rushRuns = 3;
    @Option(names = "--rush-kiosks", description = "kiosks ordering at once in it (default ${DEFAULT-VALUE})")
    int rushKiosks = 24;
    @Option(names = "--rush-baristas", description = "baristas in it (default ${DEFAULT-VALUE})")
    int rushBaristas = 8;
    @Option(names = "--steady-rate", description = "orders a second of the bar and board run (default ${DEFAULT-VALUE})")
    double steadyRate = 20;
    /** 1,200 ready taps at 20 orders/s: its p99 is the 12th slowest, not the 6th of a 30 s run's. */
    @Option(names = "--steady-seconds", description = "how long it places orders (default ${DEFAULT-VALUE})")
    int steadySeconds = 60;
    @Option(names = "--paying-kiosks", description = "kiosks paying at once with the slow network (default ${DEFAULT-VALUE})")
    int payingKiosks = 10;
    @Option(names = "--paying-orders", description = "orders they pay (default ${DEFAULT-VALUE})")
    int payingOrders = 100;
    @Option(names = "--gateway-latency-ms", description = "the slow card network's latency (default ${DEFAULT-VALUE})")
    long gatewayLatencyMillis = 800;
    @Option(names = "--server-java-options", paramLabel = "OPTIONS",
            description = "JVM options of the StoreServer, as ./cafe server uses them")
    String serverJavaOptions = "";
    @Option(names = "--settings", paramLabel = "FILE", description = "also measures a store set up by this server "
            + "settings file (an external broker, PostgreSQL), beside the default one; its terminal passwords must "
            + "cover kiosk, barista, display and admin")
    Path settings;
    @Option(names = "--work", paramLabel = "DIR", description = "where the bench's stores keep their data "
            + "(default: a new temporary folder, removed when the run has written its table)")
    Path work;
    @Option(names = "--out", paramLabel = "FILE", description = "the Markdown file to write (default ${DEFAULT-VALUE})")
    Path out = Path.of("docs", "BENCHMARKS.md");

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-simulate.xml");
        }
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (rushRuns < 1) {
            System.err.println("cafe bench: --rush-runs must be at least 1, was " + rushRuns);
            return 2;
        }
        List<BenchSetup> setups;
        try {
            setups = settings == null ? List.of(BenchSetup.embedded())
                    : List.of(BenchSetup.embedded(), BenchSetup.from(settings));
        } catch (SettingsProblem | IllegalArgumentException refused) {
            System.err.println("cafe bench: " + refused.getMessage());
            return 2;
        }
        BenchFolder stores = BenchFolder.of(work);
        Path folder = stores.path();
        String loadBefore = BenchTable.load();
        String busyBefore = busyOverASecond();
        say("Bench on " + BenchTable.machine() + ", load " + loadBefore + busyBefore + "; stores in " + folder);
        BenchTable table = new BenchTable();
        boolean allMet = true;
        for (BenchSetup setup : setups) {
            say("Store set-up: " + setup.name());
            Path setupFolder = Files.createDirectories(folder.resolve(setup.folder()));
            BenchTable.Column column = table.column(setup.name());
            allMet &= measureQuickStore(setup, setupFolder, column, table) & measureSlowNetwork(setup, setupFolder,
                    column);
            if (setup.usesOtherProcesses()) {
                table.note("Server CPU per order (" + setup.name() + ") is the StoreServer's process alone: the "
                        + "external broker's and database's own CPU is not in it.");
            }
        }
        table.note("The simulated terminals run in the bench's own JVM on the same cores, "
                + (ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-XX:TieredStopAtLevel=1")
                ? "with C1 only, as the server (./cafe bench does so)." : "with the default JIT (C1 and C2).")
                + " In a store they run on PCs of their own.");
        table.note("Load average (1 min) " + loadBefore + " at the start" + busyBefore + ", " + BenchTable.load()
                + " at the end: other work on the machine shares its cores and slows every figure (the load average "
                + "counts the minute before each reading: at the start, a bench run just before; at the end, this "
                + "one's own work).");
        String command = settings == null ? "./cafe bench" : "./cafe bench --settings " + settings.getFileName();
        String markdown = table.markdown(BenchTable.machine(), command);
        System.out.println();
        System.out.print(markdown);
        table.write(out, BenchTable.machine(), command);
        say("Written to " + out.toAbsolutePath());
        stores.runEnded();
        return allMet ? 0 : 1;
    }

    /** How busy the machine was in the second before the bench, as a clause; empty where that cannot be read. */
    private static String busyOverASecond() throws InterruptedException {
        Optional<CpuTicks> before = CpuTicks.now();
        TimeUnit.SECONDS.sleep(1);
        return before.flatMap(earlier -> CpuTicks.now().map(now -> now.busyPercentSince(earlier)))
                .map(percent -> " (CPUs " + percent + "% busy in the second before the bench)").orElse("");
    }

    /**
     * Raw broker, then the bar and board at a steady rate, timed against that yardstick on the server
     * as it was when the yardstick was measured, then the life cycle at full speed and the ledger of
     * every order placed.
     */
    private boolean measureQuickStore(BenchSetup setup, Path folder, BenchTable.Column column, BenchTable table)
            throws Exception {
        try (ServerProcess server = ServerProcess.start(folder.resolve("store"), Duration.ZERO, javaOptions(),
                setup.serverArguments(), folder.resolve("store.log"))) {
            StoreLedger ledger = setup.ledgerBefore(server.dataDir());
            say("Warming up: " + warmUpOrders + " orders...");
            SimulationReport warmUp = simulate(server, rushKiosks, rushBaristas, warmUpOrders);
            say("Raw broker: one persistent message in flight, then several producers...");
            BrokerHop.Figures raw = BrokerHop.measure(server.terminal(Role.ADMIN));
            say("Bar and board at " + steadyRate + " orders/s for " + steadySeconds + " s...");
            SteadyRate.Figures steady = SteadyRate.measure(server.terminal(Role.KIOSK), server.terminal(Role.BARISTA),
                    server.terminal(Role.DISPLAY), steadyRate, Duration.ofSeconds(steadySeconds));
            say("Life cycle: " + rushRuns + " runs of " + rushOrders + " orders from " + rushKiosks + " kiosks, "
                    + rushBaristas + " baristas, card network 0 ms...");
            double cpuBefore = server.cpuSeconds();
            RushRuns rush = rush(server);
            double cpuPerOrder = (server.cpuSeconds() - cpuBefore) / Math.max(1, rush.pickedUp());
            List<String> problems = ledger.problems(warmUp.placed() + steady.placed() + rush.placed());

            addRaw(column, raw);
            boolean met = addRush(column, rush, problems);
            met &= addSteady(column, steady, raw.oneHop().p50());
            double rss = server.peakResidentMegabytes();
            column.add("server peak resident memory", String.format(Locale.ROOT, "%.0f MB", rss), "<= 300 MB", 0,
                    rss <= RSS_TARGET_MB);
            column.add("server CPU per order (life cycle)", String.format(Locale.ROOT, "%.1f ms", cpuPerOrder * 1000),
                    "", 0, null);
            table.note(String.format(Locale.ROOT, "Steady run (%s): %d orders at %.0f/s, %d taps timed (%d of them "
                    + "ready -> board), right after the raw broker's figures and before the life cycle.", setup.name(),
                    steady.pickedUp(), steadyRate, steady.tapToTicket().count(), steady.readyToBoard().count()));
            return met && rss <= RSS_TARGET_MB;
        }
    }

    private static void addRaw(BenchTable.Column column, BrokerHop.Figures raw) {
        column.add("raw broker one hop, p50 / p99", ms(raw.oneHop().p50()) + " / " + ms(raw.oneHop().p99()),
                "(the yardstick)", 0, null);
        column.add("raw broker, most messages/s", String.format(Locale.ROOT, "%,.0f msg/s",
                raw.messagesPerSecond()), "", 0, null);
    }

    /** The life cycle's row and the ledger's; true when both are met. */
    private boolean addRush(BenchTable.Column column, RushRuns rush, List<String> problems) {
        SimulationReport median = rush.median();
        boolean rushMet = rush.allPickedUp() && median.ordersPerSecond() >= RUSH_TARGET;
        column.add("life cycle placed -> PICKED_UP, sustained", String.format(Locale.ROOT,
                "%s orders/s (median of %d runs of %d orders: %s; its p50 %s, p99 %s)",
                RushRuns.rate(median.ordersPerSecond()), rush.runs().size(), rushOrders, rush.rates(),
                ms(median.untilPickedUp().p50()), ms(median.untilPickedUp().p99())), ">= 100 orders/s (aim 250)",
                0, rushMet);
        column.add("ledger after it", problems.isEmpty() ? "every order once in each context, outboxes empty"
                : String.join("; ", problems), "nothing lost, nothing twice", 0, problems.isEmpty());
        return rushMet && problems.isEmpty();
    }

    /** The taps' rows and the board's; true when all are met. */
    private static boolean addSteady(BenchTable.Column column, SteadyRate.Figures steady, double hop) {
        boolean answer = tapRows(column, "tap -> ticket on the tapping console (its answer)", steady.tapToAnswer(),
                hop);
        boolean ticket = tapRows(column, "tap -> ticket on another console (the event)", steady.tapToTicket(), hop);
        boolean board = steady.readyToBoard().p99() <= READY_TO_BOARD_P99_MS;
        column.add("ready -> pickup board on a display, p50", ms(steady.readyToBoard().p50()), "",
                steady.readyToBoard().p50() / hop, null);
        column.add("ready -> pickup board on a display, p99", ms(steady.readyToBoard().p99()), "<= 20 ms",
                steady.readyToBoard().p99() / hop, board);
        return answer && ticket && board;
    }

    private RushRuns rush(ServerProcess server) throws InterruptedException {
        List<SimulationReport> runs = new ArrayList<>();
        for (int run = 0; run < rushRuns; run++) {
            runs.add(simulate(server, rushKiosks, rushBaristas, rushOrders));
        }
        return new RushRuns(runs);
    }

    /** A tap's p50 and p99 rows beside their targets; true when both are met. */
    private static boolean tapRows(BenchTable.Column column, String figure, Percentiles taps, double hop) {
        boolean p50 = taps.p50() <= TAP_TO_TICKET_P50_HOPS * hop;
        boolean p99 = taps.p99() <= TAP_TO_TICKET_P99_MS;
        column.add(figure + ", p50", ms(taps.p50()), "<= 6x raw one-hop p50", taps.p50() / hop, p50);
        column.add(figure + ", p99", ms(taps.p99()), "<= 50 ms", taps.p99() / hop, p99);
        return p50 && p99;
    }

    /** Payment with the counter-like card network and kiosks paying at once. */
    private boolean measureSlowNetwork(BenchSetup setup, Path folder, BenchTable.Column column) throws Exception {
        try (ServerProcess server = ServerProcess.start(folder.resolve("paying"), Duration.ofMillis(gatewayLatencyMillis),
                javaOptions(), setup.serverArguments(), folder.resolve("paying.log"))) {
            say("Payment: " + payingKiosks + " kiosks paying at once, card network " + gatewayLatencyMillis + " ms...");
            Percentiles paid = simulate(server, payingKiosks, 2, payingOrders).untilPaid();
            boolean p50 = paid.p50() <= PAID_P50_MS;
            boolean p99 = paid.p99() <= PAID_P99_MS;
            String setting = " (" + gatewayLatencyMillis + " ms network, " + payingKiosks + " kiosks)";
            column.add("placed -> PAID p50" + setting, ms(paid.p50()), "<= 1.0 s", 0, p50);
            column.add("placed -> PAID p99" + setting, ms(paid.p99()), "<= 1.5 s", 0, p99);
            return p50 && p99;
        }
    }

    private static SimulationReport simulate(ServerProcess server, int kiosks, int baristas, int orders)
            throws InterruptedException {
        TerminalConfig kiosk = server.terminal(Role.KIOSK);
        SimulationSettings settings = new SimulationSettings(kiosks, baristas, orders, 0, Duration.ZERO,
                Duration.ofMinutes(10), 15);
        SimulationReport report = Simulation.untraced(kiosk, server.terminal(Role.BARISTA), settings).run();
        say("  " + report.format().lines().findFirst().orElse(""));
        return report;
    }

    private List<String> javaOptions() {
        return Arrays.stream(serverJavaOptions.trim().split("\\s+")).filter(o -> !o.isEmpty()).toList();
    }

    private static String ms(double millis) {
        return millis >= 1_000 ? String.format(Locale.ROOT, "%.2f s", millis / 1_000)
                : String.format(Locale.ROOT, "%.1f ms", millis);
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
