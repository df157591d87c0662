package cafe.core.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.contract.staff.StaffPass;
import cafe.core.shared.Staff;
import cafe.core.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A staff pass says who sent a manager's command only if this store signed it and it has not run out. */
class StaffPassesTest {

    private final MutableClock clock = MutableClock.seoulAt("2026-12-04T09:00:00Z");

    @TempDir
    Path store;
    @TempDir
    Path otherStore;

    @Test
    void aPassThisStoreGaveIsGoodUntilItRunsOut() {
        StaffPasses passes = StaffPasses.open(store, clock);
        StaffPass pass = passes.issue("kim", "Kim Minji");

        assertThat(passes.verify(pass.token())).contains(new Staff("kim", "Kim Minji"));
        assertThat(StaffPasses.open(store, clock).verify(pass.token())).as("after a restart").isPresent();

        clock.advance(Duration.ofHours(12));
        assertThat(passes.verify(pass.token())).isEmpty();
    }

    @Test
    void aPassTellsTheBackOfficeTheStoresTimeZone() {
        StaffPass pass = StaffPasses.open(store, clock).issue("kim", "Kim Minji");

        assertThat(pass.storeZone()).isEqualTo("Asia/Seoul");
        assertThat(pass.zoneOr(ZoneOffset.UTC)).isEqualTo(ZoneId.of("Asia/Seoul"));
        assertThat(new StaffPass("kim", "Kim Minji", pass.expiresAt(), pass.token()).zoneOr(ZoneOffset.UTC))
                .as("an older server's pass").isEqualTo(ZoneOffset.UTC);
        assertThat(new StaffPass("kim", "Kim Minji", pass.expiresAt(), pass.token(), "Mars/Olympus")
                .zoneOr(ZoneOffset.UTC)).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void aPassFromAnotherStoreATamperedOneOrNoneIsRefused() {
        StaffPasses passes = StaffPasses.open(store, clock);
        String token = passes.issue("lee", "Lee Jun").token();
        String claims = "kim\nKim Minji\n" + clock.instant().plusSeconds(3_600).getEpochSecond();
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8))
                + token.substring(token.indexOf('.'));

        assertThat(passes.verify(StaffPasses.open(otherStore, clock).issue("kim", "Kim").token())).isEmpty();
        assertThat(passes.verify(forged)).isEmpty();
        assertThat(passes.verify("not a pass")).isEmpty();
        assertThat(passes.verify("!!.??")).isEmpty();
        assertThat(passes.verify(null)).isEmpty();
    }

    @Test
    void theKeyIsTheServersAlone() throws Exception {
        StaffPasses.open(store, clock);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.resolve(StaffPasses.KEY_FILE))))
                .isEqualTo("rw-------");
    }
}
