package cafe.core.server;

import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * How {@code cafe-server} reports what went wrong: one line on stderr naming the command, exit code
 * 2 for a bad command line and 1 for a command that was refused or failed ({@link CommandFailure}
 * carries a sentence meant for the operator; anything else is reported by its message).
 */
final class CommandFailures {

    static final int USAGE = 2;
    static final int FAILED = 1;

    private CommandFailures() {
    }

    static CommandLine handledBy(CommandLine commandLine) {
        return commandLine
                .setParameterExceptionHandler(CommandFailures::badOption)
                .setExecutionExceptionHandler((failure, command, parsed) -> failed(failure, command));
    }

    private static int badOption(ParameterException problem, String[] args) {
        CommandSpec spec = problem.getCommandLine().getCommandSpec();
        spec.commandLine().getErr().println(spec.qualifiedName() + ": " + problem.getMessage()
                + " (see " + spec.qualifiedName() + " --help)");
        return USAGE;
    }

    private static int failed(Exception failure, CommandLine command) {
        if (failure instanceof CommandFailure refusal) {
            command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + refusal.getMessage());
            return FAILED;
        }
        ServerLogging.quiet();
        LoggerFactory.getLogger(CommandFailures.class).error("{} failed", command.getCommandSpec().qualifiedName(),
                failure);
        command.getErr().println(command.getCommandSpec().qualifiedName() + ": failed: "
                + (failure.getMessage() != null ? failure.getMessage() : failure.toString()));
        return FAILED;
    }
}
