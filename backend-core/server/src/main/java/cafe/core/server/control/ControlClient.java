package cafe.core.server.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Asks the store server running on a data folder through its {@link ControlChannel}. */
public final class ControlClient {

    private ControlClient() {
    }

    /**
     * Sends one request and returns the answer's lines; throws {@link IllegalStateException} with
     * the server's own sentence when it refuses, or when no server answers on that folder.
     */
    public static List<String> ask(Path dataDir, String... words) {
        Path socket = dataDir.resolve(ControlChannel.SOCKET).toAbsolutePath();
        if (!Files.exists(socket)) {
            throw new IllegalStateException("no store server is running on " + dataDir.toAbsolutePath());
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            Writer out = Channels.newWriter(channel, StandardCharsets.UTF_8);
            out.write(String.join(" ", words) + "\n");
            out.flush();
            return answer(new BufferedReader(Channels.newReader(channel, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach the store server of " + dataDir.toAbsolutePath(), e);
        }
    }

    private static List<String> answer(BufferedReader in) throws IOException {
        String status = in.readLine();
        List<String> lines = new ArrayList<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lines.add(line);
        }
        if (!ControlChannel.OK.equals(status)) {
            throw new IllegalStateException(lines.isEmpty() ? "the store server gave no answer" : lines.get(0));
        }
        return lines;
    }
}
