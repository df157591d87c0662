package cafe.terminal.launch;

import cafe.terminal.window.WindowMode;
import java.io.PrintWriter;
import java.util.Locale;
import javafx.application.Application;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The {@code main} of every store screen: names the program's log file, reads the command line
 * (printing help, the version, or what is wrong with it), checks there is a display, starts the
 * JavaFX application and ends the process with its {@link ExitStatus}. A launcher is a plain class,
 * because a main class that extends Application does not start with JavaFX on the class path.
 */
public final class TerminalLauncher {

    private TerminalLauncher() {
    }

    /**
     * Runs the program and exits the JVM. {@code command} is the program's picocli command with the
     * {@link TerminalOptions} mixin; the application parses the same arguments again when it starts.
     */
    public static void launch(Program program, Class<? extends Application> app, TerminalCommand command,
                              String[] args) {
        ProgramLogs.name(program);
        System.exit(run(program, app, command, args, new PrintWriter(System.out, true),
                new PrintWriter(System.err, true)));
    }

    /** As {@link #launch} once logging is set up, returning the exit status instead of exiting. */
    static int run(Program program, Class<? extends Application> app, TerminalCommand command, String[] args,
                   PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine(program, command);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionStrategy(parsed -> {
            Integer help = CommandLine.executeHelpRequest(parsed);
            if (help != null) {
                return help;
            }
            if (parsed.subcommand() != null) {
                return new CommandLine.RunLast().execute(parsed);
            }
            if (command.terminal().pairWith() != null) {
                return new PairingStep(program, command.terminal(), out, err).run();
            }
            return start(program, app, args, err);
        });
        cli.setExecutionExceptionHandler((failure, failed, parsed) -> {
            LoggerFactory.getLogger(TerminalLauncher.class).error("The {} stopped: {}", program.name(),
                    failure.toString(), failure);
            return ExitStatus.FAILED;
        });
        return cli.execute(args);
    }

    /**
     * The program's command line: its options (an option given twice takes the later value, so a
     * script's default {@code --config} can be overridden), and {@code hash-pin} for a screen locked
     * with a PIN.
     */
    public static CommandLine commandLine(Program program, TerminalCommand command) {
        CommandLine cli = new CommandLine(command);
        cli.setOverwrittenOptionsAllowed(true);
        if (program.storeMode() == WindowMode.APPLIANCE) {
            cli.addSubcommand("hash-pin", new HashPinCommand(program));
        }
        return cli;
    }

    private static int start(Program program, Class<? extends Application> app, String[] args, PrintWriter err) {
        if (!displayExpected()) {
            err.println("The " + program.name() + " needs a graphical display and this session has none"
                    + " (DISPLAY is not set): start it from the PC's desktop.");
            return ExitStatus.NO_DISPLAY;
        }
        try {
            Application.launch(app, args);
        } catch (UnsupportedOperationException e) {
            err.println("The " + program.name() + " cannot open the display " + System.getenv("DISPLAY") + ": "
                    + e.getMessage() + ".");
            return ExitStatus.NO_DISPLAY;
        }
        return ExitStatus.onClose();
    }

    /** False only where there surely is none: Linux with neither X11 nor Wayland, and no headless platform chosen. */
    static boolean displayExpected() {
        if (System.getProperty("glass.platform") != null
                || !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return true;
        }
        return isSet(System.getenv("DISPLAY")) || isSet(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
