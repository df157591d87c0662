package cafe.contract.pairing;

/** The answer to Pair: the role's broker user and password, and how long one request may take. Sent over TLS only. */
public record PairingGrant(String user, String password, long requestTimeoutMs) {

    @Override
    public String toString() {
        return "PairingGrant[user=" + user + "]";
    }
}
