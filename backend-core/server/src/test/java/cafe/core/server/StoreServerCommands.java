package cafe.core.server;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code cafe-server} with arguments, as an operator would, and keeps what it printed. */
public final class StoreServerCommands {

    /** What one command did: its exit code and what it wrote to stdout and stderr. */
    public record Result(int exitCode, String out, String err) {
    }

    private StoreServerCommands() {
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = StoreServerMain.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exitCode = cli.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }
}
