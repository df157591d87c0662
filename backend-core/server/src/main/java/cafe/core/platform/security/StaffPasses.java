package cafe.core.platform.security;

import cafe.contract.staff.StaffPass;
import cafe.core.shared.Staff;
import cafe.core.platform.persistence.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs the passes staff get when they sign in (HMAC-SHA256 with a key of this store's own, kept in
 * {@code staff-pass.key} in the data folder, readable by the server alone), so any context can tell
 * who sent a manager command without reading the staff context's database. A pass is good for a
 * shift; a lost key only means signing in again.
 */
public final class StaffPasses {

    static final String KEY_FILE = "staff-pass.key";
    private static final Duration VALID_FOR = Duration.ofHours(12);
    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 32;

    private final byte[] key;
    private final Clock clock;

    private StaffPasses(byte[] key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    /** The store's pass key, made on the first start. */
    public static StaffPasses open(Path dataDir, Clock clock) {
        Path file = dataDir.resolve(KEY_FILE);
        try {
            if (Files.notExists(file) || Files.size(file) == 0) {
                byte[] fresh = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(fresh);
                PrivateFiles.file(file);
                Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
            }
            return new StaffPasses(Base64.getDecoder().decode(Files.readString(file).trim()), clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make " + file, e);
        }
    }

    public StaffPass issue(String staffId, String name) {
        Instant expiresAt = clock.instant().plus(VALID_FOR).truncatedTo(ChronoUnit.SECONDS);
        String claims = staffId + "\n" + name + "\n" + expiresAt.getEpochSecond();
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String token = base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(sign(claims));
        return new StaffPass(staffId, name, expiresAt, token, clock.getZone().getId());
    }

    /** Who the token was given to, if it is one of this store's, whole and not expired. */
    public Optional<Staff> verify(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            String claims = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
            String[] fields = claims.split("\n");
            boolean signedHere = MessageDigest.isEqual(Base64.getUrlDecoder().decode(parts[1]), sign(claims));
            if (!signedHere || fields.length != 3
                    || !clock.instant().isBefore(Instant.ofEpochSecond(Long.parseLong(fields[2])))) {
                return Optional.empty();
            }
            return Optional.of(new Staff(fields[0], fields[1]));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    private byte[] sign(String claims) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(claims.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        }
    }
}
