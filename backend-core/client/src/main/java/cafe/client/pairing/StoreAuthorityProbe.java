package cafe.client.pairing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Looks at the certificate chain the server at a host and port shows in a TLS handshake and returns
 * its root, the certificate authority. Nothing is sent on this connection and nothing is trusted
 * because of it: the caller checks the CA against the pairing code, and every later connection
 * trusts that CA alone, so a server that showed a borrowed CA with a certificate of its own fails there.
 */
final class StoreAuthorityProbe {

    private StoreAuthorityProbe() {
    }

    static X509Certificate authorityOf(String host, int port, Duration timeout) throws PairingException {
        try (SSLSocket socket = (SSLSocket) lookOnly().getSocketFactory().createSocket()) {
            connect(socket, host, port, timeout);
            try {
                socket.setSoTimeout((int) timeout.toMillis());
                socket.startHandshake();
                Certificate[] chain = socket.getSession().getPeerCertificates();
                return (X509Certificate) chain[chain.length - 1];
            } catch (IOException notTls) {
                throw new PairingException(PairingException.Reason.UNREACHABLE, host + ":" + port
                        + " does not answer with TLS: pair with the store server's LAN port (61617 unless changed)",
                        notTls);
            }
        } catch (IOException e) {
            throw new PairingException(PairingException.Reason.UNREACHABLE, "cannot reach " + host + ":" + port, e);
        }
    }

    private static void connect(SSLSocket socket, String host, int port, Duration timeout) throws PairingException {
        try {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
        } catch (IOException e) {
            throw new PairingException(PairingException.Reason.UNREACHABLE, "cannot reach the store server at "
                    + host + ":" + port + " (" + e.getMessage() + ")", e);
        }
    }

    /** A TLS context that accepts any chain, for reading it; never used to send anything. */
    private static SSLContext lookOnly() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                    // a client never shows us a chain here
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                    // read, not trusted: see the class comment
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this Java runtime", e);
        }
    }
}
