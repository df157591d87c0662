package cafe.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cafe.contract.wire.Addresses;
import cafe.contract.wire.ErrorCode;
import cafe.contract.wire.Headers;
import cafe.contract.wire.Reply;
import cafe.core.platform.messaging.RequestRoutes;
import cafe.core.shared.Rejection;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestEndpointTest {

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
                .ask("Unwritable", () -> new Unwritable("bug")));
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

    @Test
    void aRequestLongerThanTheStoreReadsIsRefusedUnread() throws Exception {
        String name = "x".repeat(Headers.MAX_REQUEST_CHARS);
        assertThat(admin.request(Addresses.BOARD_QUERIES, "Count", Map.of("name", name)).code())
                .isEqualTo("REQUEST_TOO_LARGE");
        assertThat(fixture.tally(name)).isZero();
    }
}
