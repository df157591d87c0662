package cafe.client.jms;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between terminal and broker that can go silent without closing anything, the way
 * a pulled network cable or a frozen server looks to the terminal: bytes are swallowed, sockets
 * stay open. Only the connection's own failure check can notice.
 */
final class SilentLine implements AutoCloseable {

    private final ServerSocket listener;
    private final int brokerPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean silent;

    private SilentLine(int brokerPort) throws IOException {
        this.brokerPort = brokerPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon("silent-line-accept", this::acceptLoop).start();
    }

    static SilentLine to(String brokerUrl) throws IOException {
        return new SilentLine(Integer.parseInt(brokerUrl.substring(brokerUrl.lastIndexOf(':') + 1)));
    }

    String url() {
        return "tcp://127.0.0.1:" + listener.getLocalPort();
    }

    void goSilent() {
        silent = true;
    }

    /** Carries bytes again, for new connections; the ones that went silent are cut. */
    void speakAgain() {
        silent = false;
        sockets.forEach(SilentLine::closeQuietly);
        sockets.clear();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket terminal = listener.accept();
                Socket broker = new Socket(InetAddress.getLoopbackAddress(), brokerPort);
                sockets.add(terminal);
                sockets.add(broker);
                daemon("silent-line-up", () -> pump(terminal, broker)).start();
                daemon("silent-line-down", () -> pump(broker, terminal)).start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (!silent) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            }
        } catch (IOException e) {
            // one side went away: the relay for this pair ends
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        sockets.forEach(SilentLine::closeQuietly);
    }
}
