package cafe.terminal.launch;

import cafe.client.staff.StaffPin;
import cafe.terminal.lock.PinAttempts;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hash-pin}: asks for a new staff PIN (or with {@code --owner} the owner's code) twice, or
 * reads it from standard input, and prints the line that puts its salted hash into the terminal
 * file, so the file never holds the PIN.
 */
@Command(name = "hash-pin", mixinStandardHelpOptions = true,
        description = "Reads a new staff PIN (4 to 12 digits) and prints the terminal-file line with its hash.")
final class HashPinCommand implements Callable<Integer> {

    private final Program program;
    @Spec
    private CommandSpec spec;
    @Option(names = "--owner", description = "The owner's code instead (" + PinAttempts.OWNER_CODE_DIGITS
            + " to 12 digits): it leaves the screen even while wrong PINs make the staff PIN wait.")
    private boolean owner;

    HashPinCommand(Program program) {
        this.program = program;
    }

    @Override
    public Integer call() throws IOException {
        char[] pin = read(owner ? "New owner's code: " : "New staff PIN: ");
        try {
            if (owner && pin.length < PinAttempts.OWNER_CODE_DIGITS) {
                spec.commandLine().getErr().println("The owner's code has " + PinAttempts.OWNER_CODE_DIGITS
                        + " to 12 digits; nothing was changed.");
                return ExitStatus.USAGE;
            }
            if (System.console() != null) {
                char[] again = read("The same PIN again: ");
                boolean same = Arrays.equals(pin, again);
                Arrays.fill(again, '\0');
                if (!same) {
                    spec.commandLine().getErr().println("The two PINs differ; nothing was changed.");
                    return ExitStatus.USAGE;
                }
            }
            StaffPin hashed = StaffPin.of(pin);
            spec.commandLine().getOut().println((owner ? program.ownerCodeKey() : program.staffPinKey()) + "="
                    + hashed.stored());
            spec.commandLine().getOut().flush();
            return ExitStatus.DONE;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage() + "; nothing was changed.");
            return ExitStatus.USAGE;
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    private static char[] read(String prompt) throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword(prompt);
            return typed == null ? new char[0] : typed;
        }
        String line = new BufferedReader(new InputStreamReader(System.in)).readLine();
        return line == null ? new char[0] : line.trim().toCharArray();
    }
}
