package cafe.core.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cafe.contract.wire.Addresses;
import cafe.contract.wire.ErrorCode;
import cafe.contract.wire.Headers;
import cafe.contract.wire.Reply;
import cafe.core.platform.messaging.RequestRoutes;
import cafe.core.shared.Rejection;
import jakarta.jms.JMSException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestEndpointTest {

    private static final Duration DEADLINE = Duration.ofSeconds(10);
    /** Longer than a terminal waits for a reply, so a request stuck behind a held handler times out. */
    private static final Duration HOLD_AT_MOST = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;
    private PlatformFixture fixture;
    private TestTerminal admin;

    /** A command that checks itself, as the contexts' commands do. */
    record Count(String name) {
        Count {
            if (name == null) {
                throw new Rejection(ErrorCode.MISSING_FIELD, "name is required");
            }
        }
    }

    private final CountDownLatch release = new CountDownLatch(1);
    /** Held by the "Hold" handler while it waits to be released. */
    private final ReentrantLock holding = new ReentrantLock();

    private void awaitRelease() {
        holding.lock();
        try {
            if (!release.await(HOLD_AT_MOST.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            holding.unlock();
        }
    }

    @BeforeEach
    void start() throws Exception {
        fixture = new PlatformFixture(dataDir);
        fixture.platform.serve(Addresses.BOARD_QUERIES, fixture.database, new RequestRoutes()
                .on("Count", Count.class, c -> {
                    fixture.count(c.name());
                    return Map.of("count", fixture.tally(c.name()));
                })
                .on("CountThenRefuse", Count.class, c -> {
                    fixture.count(c.name());
                    throw new Rejection(ErrorCode.ILLEGAL_TRANSITION, "not now", Map.of("name", c.name()));
                })
                .ask("CountAsked", Count.class, c -> {
                    fixture.count(c.name());
                    return Map.of("count", fixture.tally(c.name()));
                })
                .ask("Ping", () -> null)
                .ask("Unwritable", () -> new Unwritable("bug"))
                .onOwnTransactions("Hold", Count.class, c -> {
                    awaitRelease();
                    return null;
                })
                .onOwnTransactionsById("Which", Count.class, (c, request) -> Map.of("id", request.toString())));
        fixture.platform.serve(Addresses.NOTIFICATION_MANAGER_COMMANDS, fixture.database,
                RequestRoutes.signedBy(fixture.platform.staffPasses())
                        .onStaff("CountSigned", Count.class, (c, staff) -> {
                            fixture.count(c.name());
                            return Map.of("count", fixture.tally(c.name()), "by", staff.id());
                        }));
        fixture.platform.open();
        admin = fixture.admin();
    }

    @AfterEach
    void stop() throws Exception {
        admin.close();
        fixture.close();
    }

    @Test
    void aHandledRequestIsAnsweredWithItsData() throws Exception {
        Reply reply = admin.request(Addresses.BOARD_QUERIES, "Count", Map.of("name", "americano"));
        assertThat(reply.isOk()).isTrue();
        assertThat(reply.data().get("count").asInt()).isEqualTo(1);
        assertThat(admin.request(Addresses.BOARD_QUERIES, "Ping", "").isOk()).isTrue();
    }

    @Test
    void aCommandDeliveredAgainIsAnsweredAsBeforeAndNotCarriedOutTwice() throws Exception {
        UUID messageId = UUID.randomUUID();
        Reply first = admin.request(Addresses.BOARD_QUERIES, "Count", Map.of("name", "flat white"), messageId);
        admin.request(Addresses.BOARD_QUERIES, "Count", Map.of("name", "flat white"));

        Reply again = admin.request(Addresses.BOARD_QUERIES, "Count", Map.of("name", "flat white"), messageId);

        assertThat(first.data().get("count").asInt()).isEqualTo(1);
        assertThat(again.isOk()).isTrue();
        assertThat(again.data()).isEqualTo(first.data());
        assertThat(fixture.tally("flat white")).isEqualTo(2);
    }

    @Test
    void aManagersCommandDeliveredAgainStillNeedsAValidPass() throws Exception {
        UUID messageId = UUID.randomUUID();
        String pass = fixture.platform.staffPasses().issue("s-1", "Mina").token();
        Reply first = admin.signedRequest(Addresses.NOTIFICATION_MANAGER_COMMANDS, "CountSigned",
                Map.of("name", "affogato"), messageId, pass);

        Reply unsigned = admin.signedRequest(Addresses.NOTIFICATION_MANAGER_COMMANDS, "CountSigned",
                Map.of("name", "affogato"), messageId, null);
        Reply again = admin.signedRequest(Addresses.NOTIFICATION_MANAGER_COMMANDS, "CountSigned",
                Map.of("name", "affogato"), messageId, pass);

        assertThat(first.data().get("by").asText()).isEqualTo("s-1");
        assertThat(unsigned.code()).isEqualTo("SIGN_IN_REQUIRED");
        assertThat(again.data()).isEqualTo(first.data());
        assertThat(fixture.tally("affogato")).isEqualTo(1);
    }

    @Test
    void anotherTerminalReusingAMessageIdGetsNothingOfTheEarlierAnswer() throws Exception {
        UUID messageId = UUID.randomUUID();
        admin.request(Addresses.BOARD_QUERIES, "Count", Map.of("name", "ristretto"), messageId);

        Reply reused;
        try (TestTerminal other = fixture.admin()) {
            reused = other.request(Addresses.BOARD_QUERIES, "Count", Map.of("name", "ristretto"), messageId);
        }

        assertThat(reused.code()).isEqualTo("MALFORMED_REQUEST");
        assertThat(reused.message()).endsWith("is another request's");
        assertThat(fixture.tally("ristretto")).isEqualTo(1);
    }

    /** A rogue terminal asks for the answer on the menu's events: the services would publish there. */
    @Test
    void aRequestAskingToBeAnsweredAtAStoreAddressIsNeitherCarriedOutNorAnswered() throws Exception {
        EventRecorder menuEvents = admin.record(Addresses.MENU_EVENTS);

        admin.requestAnsweredAt(Addresses.BOARD_QUERIES, "Count", Map.of("name", "affogato"),
                admin.topic(Addresses.MENU_EVENTS));
        Reply after = admin.request(Addresses.BOARD_QUERIES, "Count", Map.of("name", "cortado"));

        assertThat(after.isOk()).as("the endpoint still answers").isTrue();
        assertThat(fixture.tally("affogato")).isZero();
        assertThat(menuEvents.all()).isEmpty();
    }

    @Test
    void aCommandWithoutAMessageIdIsRefusedAndNotCarriedOut() throws Exception {
        Reply reply = admin.requestWithoutMessageId(Addresses.BOARD_QUERIES, "Count", Map.of("name", "lungo"));
        Reply question = admin.requestWithoutMessageId(Addresses.BOARD_QUERIES, "CountAsked", Map.of("name", "doppio"));

        assertThat(reply.code()).isEqualTo("MALFORMED_REQUEST");
        assertThat(reply.message()).contains("message id");
        assertThat(fixture.tally("lungo")).isZero();
        assertThat(question.isOk()).as("a question keeps nothing, so needs no id").isTrue();
    }

    @Test
    void aHandlerWithItsOwnTransactionsDoesNotHoldTheDatabaseWhileItWaits() throws Exception {
        CompletableFuture<Reply> held;
        try (TestTerminal other = fixture.admin()) {
            held = CompletableFuture.supplyAsync(() -> {
                try {
                    return other.request(Addresses.BOARD_QUERIES, "Hold", Map.of("name", "printer"));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            try {
                await().atMost(DEADLINE).until(holding::isLocked);

                Reply meanwhile = admin.signedRequest(Addresses.NOTIFICATION_MANAGER_COMMANDS, "CountSigned",
                        Map.of("name", "cortado"), UUID.randomUUID(),
                        fixture.platform.staffPasses().issue("s-1", "Mina").token());

                assertThat(meanwhile.isOk()).as(meanwhile.message()).isTrue();
            } finally {
                release.countDown();
            }
            assertThat(held.get(DEADLINE.toSeconds(), TimeUnit.SECONDS).isOk()).isTrue();
        }
    }

    @Test
    void aHandlerByIdKnowsARequestDeliveredAgainFromAnotherReusingItsId() throws Exception {
        UUID messageId = UUID.randomUUID();
        Reply first = admin.request(Addresses.BOARD_QUERIES, "Which", Map.of("name", "macchiato"), messageId);
        Reply again = admin.request(Addresses.BOARD_QUERIES, "Which", Map.of("name", "macchiato"), messageId);
        Reply reused;
        try (TestTerminal other = fixture.admin()) {
            reused = other.request(Addresses.BOARD_QUERIES, "Which", Map.of("name", "macchiato"), messageId);
        }
        Reply withoutId = admin.requestWithoutMessageId(Addresses.BOARD_QUERIES, "Which", Map.of("name", "macchiato"));

        assertThat(again.data()).isEqualTo(first.data());
        assertThat(reused.data()).isNotEqualTo(first.data());
        assertThat(withoutId.code()).isEqualTo("MALFORMED_REQUEST");
    }

    @Test
    void aQuestionDeliveredAgainIsAnsweredAfresh() throws Exception {
        UUID messageId = UUID.randomUUID();
        admin.request(Addresses.BOARD_QUERIES, "CountAsked", Map.of("name", "mocha"), messageId);

        Reply again = admin.request(Addresses.BOARD_QUERIES, "CountAsked", Map.of("name", "mocha"), messageId);

        assertThat(again.data().get("count").asInt()).isEqualTo(2);
    }

    @Test
    void aRefusalIsAnErrorWithDetailsAndStoresNothing() throws Exception {
        Reply reply = admin.request(Addresses.BOARD_QUERIES, "CountThenRefuse", Map.of("name", "cortado"));
        assertThat(reply.status()).isEqualTo(Reply.ERROR);
        assertThat(reply.code()).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(reply.message()).isEqualTo("not now");
        assertThat(reply.data().get("name").asText()).isEqualTo("cortado");
        assertThat(fixture.tally("cortado")).isZero();
    }

    @Test
    void badRequestsAreAnsweredWithTheirCodes() throws Exception {
        assertThat(admin.request(Addresses.BOARD_QUERIES, "Count", "{not json").code())
                .isEqualTo("MALFORMED_REQUEST");
        assertThat(admin.request(Addresses.BOARD_QUERIES, "Count", "").code()).isEqualTo("MALFORMED_REQUEST");
        assertThat(admin.request(Addresses.BOARD_QUERIES, "Count", "{}").code()).isEqualTo("MISSING_FIELD");
        assertThat(admin.request(Addresses.BOARD_QUERIES, "Brew", "{}").code()).isEqualTo("UNKNOWN_REQUEST");
    }

    /** A handler's result with a bug in it: its accessor fails when the answer is written. */
    record Unwritable(String value) {
        @Override
        public String value() {
            throw new IllegalStateException(value);
        }
    }

    @Test
    void anAnswerThatCannotBeWrittenIsAnInternalErrorRatherThanNoAnswer() throws Exception {
        Reply reply = admin.request(Addresses.BOARD_QUERIES, "Unwritable", "");
        assertThat(reply).isNotNull();
        assertThat(reply.code()).isEqualTo("INTERNAL_ERROR");
        assertThat(reply.message()).isEqualTo("the store server could not handle Unwritable");
    }

    /**
     * A rogue terminal hides its bulk in a property, sent whole (never as a large message): the broker
     * never answers the send, which gives up after the rogue's own 2 s.
     */
    @Test
    void aRequestWithAPropertyFarLargerThanAnyRequestIsDroppedBeforeTheBrokerStoresIt() throws Exception {
        try (TestTerminal rogue = fixture.admin("?minLargeMessageSize=10485760&callTimeout=2000")) {
            assertThatThrownBy(() -> rogue.requestWithProperty(Addresses.BOARD_QUERIES, "Count",
                    Map.of("name", "macchiato"), Headers.ORDER_ID, "o".repeat(Headers.MAX_REQUEST_CHARS * 3)))
                    .isInstanceOf(JMSException.class);
        }
        Reply after = admin.request(Addresses.BOARD_QUERIES, "Count", Map.of("name", "cortado"));

        assertThat(after.isOk()).isTrue();
        assertThat(fixture.tally("macchiato")).isZero();
    }

    @Test
    void aRequestLongerThanTheStoreReadsIsRefusedUnread() throws Exception {
        String name = "x".repeat(Headers.MAX_REQUEST_CHARS);
        assertThat(admin.request(Addresses.BOARD_QUERIES, "Count", Map.of("name", name)).code())
                .isEqualTo("REQUEST_TOO_LARGE");
        assertThat(fixture.tally(name)).isZero();
    }
}
