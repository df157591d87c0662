package cafe.core.server.settings;

import cafe.core.server.settings.SettingsFile.Entry;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The {@code store.*} keys: the store's time zone, which decides when its business day starts (and
 * so its order numbers, its contacts' day and its reports). Left out, the PC's own; a back-office
 * PC left on UTC would start a Korean store's day at 13:00.
 */
final class StoreSection {

    static final String TIME_ZONE = "store.time-zone";

    private StoreSection() {
    }

    static Optional<ZoneId> timeZone(SettingsFile file) {
        return file.take(TIME_ZONE).map(entry -> zone(file, entry));
    }

    private static ZoneId zone(SettingsFile file, Entry entry) {
        try {
            return ZoneId.of(entry.value());
        } catch (DateTimeException e) {
            throw file.problem(entry, TIME_ZONE + " must be a time zone such as Asia/Seoul, was '" + entry.value() + "'");
        }
    }
}
