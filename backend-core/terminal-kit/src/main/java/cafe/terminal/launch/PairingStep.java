package cafe.terminal.launch;

import cafe.client.TerminalConfig;
import cafe.client.pairing.PairingException;
import cafe.client.pairing.TerminalPairing;
import cafe.contract.wire.Role;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --pair HOST[:PORT] [--code CODE]}: pairs this PC as the screen's role with the store server
 * (see {@link TerminalPairing}) and writes the terminal file the screen starts with; asks for the code
 * when it was not given. Every refusal is one sentence for the person installing the PC.
 */
final class PairingStep {

    private static final Logger LOG = LoggerFactory.getLogger(PairingStep.class);

    private final Program program;
    private final TerminalOptions options;
    private final PrintWriter out;
    private final PrintWriter err;

    PairingStep(Program program, TerminalOptions options, PrintWriter out, PrintWriter err) {
        this.program = program;
        this.options = options;
        this.out = out;
        this.err = err;
    }

    int run() {
        ServerAddress server;
        try {
            server = ServerAddress.parse(options.pairWith());
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return ExitStatus.USAGE;
        }
        Path file = options.config(program.role());
        try {
            String code = options.pairingCode() != null ? options.pairingCode() : askForCode();
            TerminalConfig paired = TerminalPairing.pair(server.host(), server.port(), code, role(), file);
            LOG.info("order=- The {} is paired with {} as {}; terminal file {}", program.name(),
                    paired.brokerUrl(), paired.user(), file);
            out.println("Paired with the store server at " + server + " as " + paired.user() + ": " + file);
            return ExitStatus.DONE;
        } catch (PairingException e) {
            LOG.warn("order=- Pairing with {} refused ({}): {}", server, e.reason(), e.getMessage());
            err.println("Not paired: " + e.getMessage() + ".");
            return ExitStatus.FAILED;
        } catch (IOException e) {
            err.println("Not paired: no pairing code was given.");
            return ExitStatus.USAGE;
        }
    }

    private Role role() {
        return Role.valueOf(program.role().toUpperCase(Locale.ROOT));
    }

    private String askForCode() throws IOException {
        out.print("Pairing code (on the server: cafe-server pair --role " + program.role() + "): ");
        out.flush();
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isBlank()) {
            throw new IOException("no code");
        }
        return line.trim();
    }

    /** {@code HOST} or {@code HOST:PORT}; an IPv6 address in brackets when it has a port. */
    record ServerAddress(String host, int port) {

        static ServerAddress parse(String text) {
            String value = text.trim();
            int colon = value.lastIndexOf(':');
            boolean hasPort = colon > 0 && (value.indexOf(':') == colon || value.startsWith("["));
            if (!hasPort) {
                return new ServerAddress(value.replace("[", "").replace("]", ""), TerminalPairing.DEFAULT_PORT);
            }
            String host = value.substring(0, colon).replace("[", "").replace("]", "");
            try {
                int port = Integer.parseInt(value.substring(colon + 1));
                if (host.isEmpty() || port < 1 || port > 65_535) {
                    throw new NumberFormatException();
                }
                return new ServerAddress(host, port);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--pair takes HOST or HOST:PORT, not '" + text + "'");
            }
        }

        @Override
        public String toString() {
            return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }
    }
}
