package cafe.contract.pairing;

import cafe.contract.wire.Role;
import java.util.Objects;

/** Pair: the code's secret and the role the terminal is installed as. */
public record PairingRequest(String secret, Role role) {

    public PairingRequest {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(role, "role");
    }
}
