package cafe.core.notification.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.core.notification.domain.Contact;
import cafe.core.notification.domain.CustomerMessage;
import cafe.core.notification.domain.Notification;
import cafe.core.notification.domain.NotificationStatus;
import cafe.core.notification.domain.Purpose;
import cafe.core.notification.domain.Retries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HibernateNotificationStoreTest extends NotificationDatabaseTest {

    private static final Instant NOW = Instant.parse("2025-03-01T01:00:00Z");
    private static final CustomerMessage READY = CustomerMessage.ready(101);

    private HibernateNotificationStore store;

    @BeforeEach
    void openStore() {
        store = new HibernateNotificationStore(database);
    }

    @Test
    void contactsAndNotificationsAreKept() {
        Contact phone = Contact.parse("010-1234-5678").orElseThrow();
        database.transactions().run(() -> {
            store.remember("o-1", phone, NOW, "digest of o-1's key");
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
            assertThat(store.leftWith("o-1")).contains("digest of o-1's key");
            assertThat(store.due(NOW, 10, Set.of())).singleElement().satisfies(pending -> {
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
        failed.tryNow(NOW, Retries.STANDARD);
        database.transactions().run(() -> store.save(failed));

        database.transactions().run(() -> {
            assertThat(store.due(NOW.plusSeconds(4), 10, Set.of())).isEmpty();
            assertThat(store.due(NOW.plusSeconds(5), 10, Set.of())).hasSize(1);
        });
    }

    @Test
    void contactsLeftBeforeACutoffAreDeleted() {
        database.transactions().run(() -> {
            store.remember("o-1", Contact.parse("minji@example.com").orElseThrow(), NOW, null);
            store.remember("o-2", Contact.parse("010-1234-5678").orElseThrow(), NOW.plusSeconds(60), null);
        });

        int deleted = database.transactions().inTransaction(() -> store.forgetLeftBefore(NOW.plusSeconds(1)));

        assertThat(deleted).isEqualTo(1);
        database.transactions().run(() -> {
            assertThat(store.find("o-1")).isEmpty();
            assertThat(store.find("o-2")).isPresent();
        });
    }

    @Test
    void aNotificationSavedAgainIsUpdatedNotDuplicated() {
        Contact phone = Contact.parse("010-1234-5678").orElseThrow();
        Notification notification = Notification.pending("n-1", "o-1", 101, "sms", Purpose.READY, phone, READY, NOW);
        database.transactions().run(() -> {
            store.save(notification);
            store.save(notification);
        });
        notification.tryNow(NOW, Retries.STANDARD);
        database.transactions().run(() -> store.save(notification));

        database.transactions().run(() -> assertThat(store.pendingFor("o-1")).singleElement()
                .satisfies(pending -> assertThat(pending.state()).isEqualTo(notification.state())));

        notification.markSent(NOW.plusSeconds(5));
        database.transactions().run(() -> store.save(notification));

        database.transactions().run(() -> {
            assertThat(store.pendingFor("o-1")).isEmpty();
            assertThat(store.due(NOW.plus(Duration.ofDays(1)), 10, Set.of())).isEmpty();
            assertThat(store.withId("n-1").orElseThrow().state()).isEqualTo(notification.state());
        });
    }

    @Test
    void everyColumnReadsBackAsItWasSaved() {
        Notification receipt = Notification.pending("n-1", "o-1", 101, "email", Purpose.RECEIPT,
                Contact.parse("minji@example.com").orElseThrow(), new CustomerMessage("영수증 / Receipt", "줄 1\nline 2"),
                NOW);
        receipt.tryNow(NOW.plusMillis(1), Retries.STANDARD);
        receipt.tryNow(NOW.plusMillis(5_002), Retries.STANDARD);
        Notification sent = Notification.pending("n-2", "o-1", 101, "sms", Purpose.READY,
                Contact.parse("010-1234-5678").orElseThrow(), READY, NOW);
        sent.markSent(NOW.plusMillis(250));
        database.transactions().run(() -> {
            store.save(receipt);
            store.save(sent);
        });

        database.transactions().run(() -> {
            Notification read = store.withId("n-1").orElseThrow();
            assertThat(read.state()).isEqualTo(receipt.state());
            assertThat(read.state().attempts()).isEqualTo(2);
            assertThat(read.state().nextAttemptAt()).isEqualTo(NOW.plusMillis(5_002).plusSeconds(10));
            assertThat(store.withId("n-2").orElseThrow().state()).isEqualTo(sent.state())
                    .satisfies(state -> assertThat(state.sentAt()).isEqualTo(NOW.plusMillis(250)));
            assertThat(store.withId("n-3")).isEmpty();
        });
    }

    @Test
    void aMessageToThePickupBoardHasNoRecipient() {
        database.transactions().run(() -> store.save(
                Notification.pending("n-1", "o-1", 101, "pickup-board", Purpose.READY, null, READY, NOW)));

        database.transactions().run(() -> assertThat(store.due(NOW, 10, Set.of())).singleElement().satisfies(pending -> {
            assertThat(pending.recipient()).isNull();
            assertThat(pending.channel()).isEqualTo("pickup-board");
        }));
    }

    @Test
    void messagesSentOrGivenUpBeforeACutoffAreDeletedAndWaitingOnesKept() {
        database.transactions().run(() -> {
            for (String id : List.of("n-1", "n-2", "n-3", "n-4")) {
                Instant created = id.equals("n-4") ? NOW.plusSeconds(100) : NOW;
                store.save(Notification.pending(id, "o-1", 101, "pickup-board", Purpose.READY, null, READY, created));
            }
            Notification sent = store.withId("n-1").orElseThrow();
            sent.markSent(NOW);
            store.save(sent);
            Notification givenUp = store.withId("n-2").orElseThrow();
            givenUp.giveUp();
            store.save(givenUp);
            Notification sentLater = store.withId("n-4").orElseThrow();
            sentLater.markSent(NOW.plusSeconds(100));
            store.save(sentLater);
        });

        database.transactions().run(() -> {
            assertThat(store.deleteFinishedBefore(NOW.plusSeconds(50))).isEqualTo(2);
            assertThat(store.withId("n-1")).isEmpty();
            assertThat(store.withId("n-2")).isEmpty();
            assertThat(store.withId("n-3")).as("still waiting").isPresent();
            assertThat(store.withId("n-4")).as("sent after the cutoff").isPresent();
        });
    }

    @Test
    void pendingMessagesComeOldestFirstAndSentOnesNotAtAll() {
        database.transactions().run(() -> {
            for (String id : List.of("n-3", "n-1", "n-4", "n-2")) {
                Instant created = NOW.plusSeconds(Long.parseLong(id.substring(2)));
                store.save(Notification.pending(id, "o-1", 101, "pickup-board", Purpose.READY, null, READY, created));
            }
            Notification sent = store.withId("n-4").orElseThrow();
            sent.markSent(NOW);
            store.save(sent);
        });

        database.transactions().run(() -> {
            assertThat(store.due(NOW.plusSeconds(60), 10, Set.of())).extracting(Notification::notificationId)
                    .containsExactly("n-1", "n-2", "n-3");
            assertThat(store.due(NOW.plusSeconds(60), 2, Set.of())).extracting(Notification::notificationId)
                    .containsExactly("n-1", "n-2");
            assertThat(store.due(NOW.plusSeconds(60), 10, Set.of("pickup-board", "sms"))).as("channels skipped")
                    .isEmpty();
            assertThat(store.pendingFor("o-1")).extracting(Notification::notificationId)
                    .containsExactly("n-1", "n-2", "n-3");
            assertThat(store.pendingFor("o-2")).isEmpty();
            assertThat(store.pendingBefore(NOW.plusSeconds(3))).extracting(Notification::notificationId)
                    .containsExactly("n-1", "n-2");
        });
    }

    @Test
    void aContactLeftAgainReplacesTheFirstAndIsForgottenWithItsOrder() {
        Contact email = Contact.parse("minji@example.com").orElseThrow();
        database.transactions().run(() -> {
            store.remember("o-1", Contact.parse("010-1234-5678").orElseThrow(), NOW, null);
            store.remember("o-1", email, NOW.plusSeconds(60), null);
            store.remember("o-2", email, NOW, null);
        });

        database.transactions().run(() -> assertThat(store.find("o-1")).contains(email));
        assertThat(database.transactions().inTransaction(() -> store.forgetLeftBefore(NOW.plusSeconds(1))))
                .as("the contact left again counts from then").isEqualTo(1);

        database.transactions().run(() -> store.forget("o-1"));
        database.transactions().run(() -> {
            assertThat(store.find("o-1")).isEmpty();
            assertThat(store.find("o-2")).isEmpty();
        });
    }
}
