package cafe.core.ledger;

import java.nio.file.Path;

/**
 * {@code check --data DIR}: prints the ledger check of a data folder and exits with its status
 * (0 clean, 1 findings, 2 unreadable; 2 also for wrong arguments). Until {@code cafe-server check}
 * is wired, {@code ./cafe check} calls this.
 */
public final class LedgerCheckMain {

    private LedgerCheckMain() {
    }

    public static void main(String[] args) {
        if (args.length != 2 || !"--data".equals(args[0])) {
            System.err.println("usage: check --data DIR");
            System.exit(2);
        }
        LedgerReport report = LedgerCheck.run(Path.of(args[1]));
        (report.isClean() ? System.out : System.err).println(report);
        System.exit(report.exitStatus());
    }
}
