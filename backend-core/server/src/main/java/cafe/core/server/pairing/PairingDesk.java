package cafe.core.server.pairing;

import cafe.contract.pairing.PairingCode;
import cafe.contract.wire.ErrorCode;
import cafe.contract.wire.Role;
import cafe.core.shared.Rejection;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pairing codes the running server has handed out: each for one role, good once, for
 * {@link #LIFETIME}. Guessing is cut short: after {@link #WRONG_GUESSES} wrong secrets every
 * outstanding code is void and pairing waits until an operator asks for a new code. Codes live
 * only in the server's memory; a restart voids them.
 */
public final class PairingDesk {

    public static final Duration LIFETIME = Duration.ofMinutes(10);
    static final int WRONG_GUESSES = 5;
    /** How long a used-up or expired code is still recognised, to say "expired" rather than "wrong". */
    private static final Duration REMEMBERED = Duration.ofDays(1);

    private record Issued(String secret, Role role, Instant expires) {
    }

    /** A code handed out, and until when it is good. */
    public record Handout(PairingCode code, Instant goodUntil) {
    }

    private final byte[] authorityFingerprint;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final List<Issued> outstanding = new ArrayList<>();
    private final List<Issued> expired = new ArrayList<>();
    private int wrongGuesses;

    public PairingDesk(byte[] authorityFingerprint, Clock clock) {
        this.authorityFingerprint = authorityFingerprint.clone();
        this.clock = clock;
    }

    /** A new code for a terminal of this role; it also lifts a lock left by wrong guesses. */
    public synchronized Handout issue(Role role) {
        PairingCode code = PairingCode.issue(authorityFingerprint, random);
        Issued issued = new Issued(code.secret(), role, clock.instant().plus(LIFETIME));
        outstanding.add(issued);
        wrongGuesses = 0;
        return new Handout(code, issued.expires());
    }

    /** Uses up the code with this secret for a terminal of this role, or refuses with a clear reason. */
    public synchronized void redeem(String secret, Role role) {
        if (wrongGuesses >= WRONG_GUESSES) {
            throw new Rejection(ErrorCode.PAIRING_LOCKED, "too many wrong pairing codes: ask for a new code "
                    + "(cafe-server pair) on the store server");
        }
        sortOutExpired();
        Optional<Issued> code = find(outstanding, secret);
        if (code.isPresent()) {
            if (code.get().role() != role) {
                throw new Rejection(ErrorCode.PAIRING_CODE_WRONG, "this pairing code is for a "
                        + code.get().role().user() + " terminal, not a " + role.user() + " terminal");
            }
            outstanding.remove(code.get());
            expired.add(code.get());
            return;
        }
        if (find(expired, secret).isPresent()) {
            throw new Rejection(ErrorCode.PAIRING_CODE_EXPIRED, "this pairing code has expired or was used "
                    + "already: ask for a new one (cafe-server pair)");
        }
        if (++wrongGuesses >= WRONG_GUESSES) {
            outstanding.clear();
        }
        throw new Rejection(ErrorCode.PAIRING_CODE_WRONG,
                "wrong pairing code: check it, or ask for a new one (cafe-server pair)");
    }

    private void sortOutExpired() {
        Instant now = clock.instant();
        outstanding.stream().filter(code -> !code.expires().isAfter(now)).toList().forEach(code -> {
            outstanding.remove(code);
            expired.add(code);
        });
        expired.removeIf(code -> code.expires().plus(REMEMBERED).isBefore(now));
    }

    /** Compares every secret in full, so timing tells nothing of how close a guess came. */
    private static Optional<Issued> find(List<Issued> codes, String secret) {
        byte[] guess = secret.getBytes(StandardCharsets.US_ASCII);
        Issued found = null;
        for (Issued code : codes) {
            if (MessageDigest.isEqual(code.secret().getBytes(StandardCharsets.US_ASCII), guess)) {
                found = code;
            }
        }
        return Optional.ofNullable(found);
    }
}
