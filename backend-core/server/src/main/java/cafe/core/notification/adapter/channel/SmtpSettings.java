package cafe.core.notification.adapter.channel;

import java.util.Objects;

/**
 * The store's mail provider: its SMTP host and port, how the connection is protected (STARTTLS,
 * TLS from the start, or none for a relay on the same PC), the account (none for a relay that
 * needs no login) and the sender address customers see.
 */
public record SmtpSettings(String host, int port, Security security, String user, String password, String from) {

    /** How the SMTP connection is protected. */
    public enum Security { STARTTLS, TLS, NONE }

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(from, "from");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SMTP port must be 1..65535, was " + port);
        }
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", " + security + ", user " + user + ", from " + from + "]";
    }
}
