package cafe.core.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cafe.contract.wire.ErrorCode;
import cafe.contract.wire.Json;
import cafe.core.shared.StorageUnavailable;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database whose disk fills up. SQLite's own SQLITE_FULL is produced by capping the file's size
 * on the connection in use ({@code max_page_count}), which fails exactly as a full disk does: SQLite
 * rolls the transaction back by itself and leaves the JDBC connection believing one is still open.
 */
class FullDiskTest {

    private static final String BIG = "x".repeat(20_000);

    @TempDir
    Path dataDir;

    @Test
    void aTransactionThatMeetsAFullDiskStoresNothingAndSaysTheStoreCannotSave() {
        try (ServiceDatabase database = open()) {
            capGrowth(database, true);

            assertThatThrownBy(() -> database.transactions().run(() -> {
                insert(database, "first");
                insert(database, "second");
            })).isInstanceOfSatisfying(StorageUnavailable.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.STORE_UNAVAILABLE));

            assertThat(names(database)).isEmpty();
        }
    }

    @Test
    void onceSpaceReturnsTransactionsAreWholeAgainWithoutARestart() {
        try (ServiceDatabase database = open()) {
            capGrowth(database, true);
            assertThatThrownBy(() -> database.transactions().run(() -> insert(database, "refused")))
                    .isInstanceOf(StorageUnavailable.class);
            capGrowth(database, false);

            assertThatThrownBy(() -> database.transactions().run(() -> {
                insert(database, "half");
                throw new IllegalStateException("the rest of the work failed");
            })).isInstanceOf(IllegalStateException.class);
            database.transactions().run(() -> insert(database, "whole"));

            assertThat(names(database)).containsExactly("whole");
        }
    }

    private ServiceDatabase open() {
        return ServiceDatabase.open(dataDir, "platformtest", List.of(), Json.newMapper(), Clock.systemUTC());
    }

    /** Caps the file at its current size (a full disk), or lifts the cap (space came back). */
    private static void capGrowth(ServiceDatabase database, boolean full) {
        database.transactions().run(() -> database.session().doWork(connection -> {
            try (var statement = connection.createStatement()) {
                long pages;
                try (var rows = statement.executeQuery("pragma page_count")) {
                    rows.next();
                    pages = rows.getLong(1);
                }
                statement.execute("pragma max_page_count = " + (full ? pages : 1_000_000));
            }
        }));
    }

    private static void insert(ServiceDatabase database, String name) {
        database.session().createNativeMutationQuery("insert into tally (name, count) values (:name, :count)")
                .setParameter("name", name + BIG)
                .setParameter("count", 1)
                .executeUpdate();
    }

    private static List<String> names(ServiceDatabase database) {
        return database.transactions().inTransaction(() -> database.session()
                .createNativeQuery("select substr(name, 1, length(name) - " + BIG.length() + ") from tally", String.class)
                .getResultList());
    }
}
