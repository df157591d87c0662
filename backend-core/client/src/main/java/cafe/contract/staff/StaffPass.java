package cafe.contract.staff;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What a signed-in staff member gets: who they are, until when, and the signed {@code token} the
 * manager screen puts on each later command (header {@code staffPass}), so the server knows who asks;
 * and the store's time zone ({@code storeZone}, e.g. "Asia/Seoul"; null from an older server), in
 * which the back office shows times, whatever zone its own PC is on.
 */
public record StaffPass(String staffId, String name, Instant expiresAt, String token, String storeZone) {

    /** A pass that names no zone, as an older server gives. */
    public StaffPass(String staffId, String name, Instant expiresAt, String token) {
        this(staffId, name, expiresAt, token, null);
    }

    /** The store's zone, or {@code fallback} when the pass names none (or none this Java knows). */
    public ZoneId zoneOr(ZoneId fallback) {
        try {
            return storeZone == null ? fallback : ZoneId.of(storeZone);
        } catch (DateTimeException unknown) {
            return fallback;
        }
    }

    @Override
    public String toString() {
        return "StaffPass[" + staffId + ", until " + expiresAt + "]";
    }
}
