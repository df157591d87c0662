package cafe.core.notification.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.contract.wire.Json;
import cafe.core.notification.domain.Contact;
import cafe.core.notification.domain.CustomerMessage;
import cafe.core.notification.domain.Notification;
import cafe.core.notification.domain.NotificationStatus;
import cafe.core.notification.domain.Purpose;
import cafe.core.notification.domain.Retries;
import cafe.core.platform.persistence.ServiceDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HibernateNotificationStoreTest {

    private static final Instant NOW = Instant.parse("2025-03-01T01:00:00Z");
    private static final CustomerMessage READY = CustomerMessage.ready(101);

    @TempDir
    Path dataDir;
    private ServiceDatabase database;
    private HibernateNotificationStore store;

    @BeforeEach
    void openDatabase() {
        database = ServiceDatabase.open(dataDir, "notification", HibernateNotificationStore.ENTITIES,
                Json.newMapper(), Clock.systemUTC());
        store = new HibernateNotificationStore(database);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void contactsAndNotificationsAreKept() {
        Contact phone = Contact.parse("010-1234-5678").orElseThrow();
        database.transactions().run(() -> {
            store.remember("o-1", phone, NOW);
            store.save(Notification.pending("n-1", "o-1", 101, "sms", Purpose.READY, phone, READY, NOW));
            store.save(Notification.pending("n-2", "o-1", 101, "pickup-board", Purpose.READY, null, READY, NOW));
        });
        database.transactions().run(() -> {
            Notification sent = store.withId("n-2").orElseThrow();
            sent.markSent(NOW);
            store.save(sent);
        });

        database.transactions().run(() -> {
            assertThat(store.find("o-1")).contains(phone);
            assertThat(store.due(NOW)).singleElement().satisfies(pending -> {
                assertThat(pending.channel()).isEqualTo("sms");
                assertThat(pending.recipient()).isEqualTo(phone);
                assertThat(pending.message()).isEqualTo(READY);
            });
            assertThat(store.withId("n-2").orElseThrow().status()).isEqualTo(NotificationStatus.SENT);
        });
    }

    @Test
    void aMessageWaitingForItsNextTryIsNotDueBeforeThen() {
        Notification failed = Notification.pending("n-1", "o-1", 101, "sms", Purpose.READY,
                Contact.parse("010-1234-5678").orElseThrow(), READY, NOW);
        failed.markFailedAttempt(NOW, Retries.STANDARD);
        database.transactions().run(() -> store.save(failed));

        database.transactions().run(() -> {
            assertThat(store.due(NOW.plusSeconds(4))).isEmpty();
            assertThat(store.due(NOW.plusSeconds(5))).hasSize(1);
        });
    }

    @Test
    void contactsLeftBeforeACutoffAreDeleted() {
        database.transactions().run(() -> {
            store.remember("o-1", Contact.parse("minji@example.com").orElseThrow(), NOW);
            store.remember("o-2", Contact.parse("010-1234-5678").orElseThrow(), NOW.plusSeconds(60));
        });

        int deleted = database.transactions().inTransaction(() -> store.forgetLeftBefore(NOW.plusSeconds(1)));

        assertThat(deleted).isEqualTo(1);
        database.transactions().run(() -> {
            assertThat(store.find("o-1")).isEmpty();
            assertThat(store.find("o-2")).isPresent();
        });
    }
}
