package cafe.core.server.control;

import cafe.core.platform.files.OwnerOnly;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How {@code cafe-server backup} and {@code cafe-server pair} ask the running store server for
 * what only it can do: a local socket, {@code <dataDir>/control.sock}, that only the server's own
 * user may open (so whoever may read the data folder may ask, and nobody else; nothing listens on
 * the network). One request per connection, one line of words; the answer is {@code ok} or
 * {@code error} on the first line, then the lines of the answer. Requests are answered one at a
 * time, in order, on the channel's own thread.
 */
public final class ControlChannel implements AutoCloseable {

    static final String SOCKET = "control.sock";
    static final String OK = "ok";
    static final String ERROR = "error";

    private static final Logger log = LoggerFactory.getLogger(ControlChannel.class);

    /** One command the server answers; throws {@link IllegalArgumentException} or {@link IllegalStateException} to refuse. */
    @FunctionalInterface
    public interface Command {
        List<String> answer(List<String> arguments) throws Exception;
    }

    private final Path socket;
    private final ServerSocketChannel server;
    private final Map<String, Command> commands;
    private final Thread thread;

    private ControlChannel(Path socket, ServerSocketChannel server, Map<String, Command> commands) {
        this.socket = socket;
        this.server = server;
        this.commands = Map.copyOf(commands);
        this.thread = new Thread(this::serve, "control-channel");
        thread.setDaemon(true);
    }

    /** Opens the socket in the data folder (the caller holds the folder's {@link DataFolderLock}). */
    public static ControlChannel open(Path dataDir, Map<String, Command> commands) {
        Path socket = dataDir.resolve(SOCKET).toAbsolutePath();
        try {
            Files.deleteIfExists(socket);
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            OwnerOnly.restrict(socket);
            ControlChannel channel = new ControlChannel(socket, server, commands);
            channel.thread.start();
            return channel;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the control socket " + socket, e);
        }
    }

    private void serve() {
        while (server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                answer(client);
            } catch (ClosedChannelException closed) {
                return;
            } catch (IOException | RuntimeException e) {
                log.warn("a control request could not be answered", e);
            }
        }
    }

    private void answer(SocketChannel client) throws IOException {
        BufferedReader in = new BufferedReader(Channels.newReader(client, StandardCharsets.UTF_8));
        String request = in.readLine();
        List<String> words = request == null || request.isBlank() ? List.of() : Arrays.asList(request.trim().split("\\s+"));
        List<String> answer = run(words);
        Writer out = Channels.newWriter(client, StandardCharsets.UTF_8);
        out.write(String.join("\n", answer) + "\n");
        out.flush();
    }

    private List<String> run(List<String> words) {
        Command command = words.isEmpty() ? null : commands.get(words.get(0));
        if (command == null) {
            return List.of(ERROR, "unknown request " + words + "; the server answers " + commands.keySet());
        }
        try {
            List<String> lines = new java.util.ArrayList<>();
            lines.add(OK);
            lines.addAll(command.answer(words.subList(1, words.size())));
            log.info("control request {} answered", words.get(0));
            return lines;
        } catch (IllegalArgumentException | IllegalStateException refused) {
            log.warn("control request {} refused: {}", words.get(0), refused.getMessage());
            return List.of(ERROR, refused.getMessage());
        } catch (Exception e) {
            log.error("control request {} failed", words.get(0), e);
            return List.of(ERROR, words.get(0) + " failed on the server: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            thread.join(5_000);
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            log.warn("the control socket did not close cleanly", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
