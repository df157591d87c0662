package cafe.contract.staff;

import java.time.Instant;

/**
 * What a signed-in staff member gets: who they are, until when, and the signed {@code token} the
 * manager screen puts on each later command (header {@code staffPass}), so the server knows who asks.
 */
public record StaffPass(String staffId, String name, Instant expiresAt, String token) {

    @Override
    public String toString() {
        return "StaffPass[" + staffId + ", until " + expiresAt + "]";
    }
}
