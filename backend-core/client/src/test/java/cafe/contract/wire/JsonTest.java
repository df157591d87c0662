package cafe.contract.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

    private final ObjectMapper json = Json.newMapper();

    /** The part of a ticket a reader names; the body holds the whole ticket. */
    record TicketPart(String orderId, int orderNumber, Instant readyAt) {
    }

    record TicketNews(TicketPart ticket) {
    }

    @Test
    void aRecordReadsWhatItNamesAndPassesOverEveryOtherFieldWhereverItStands() throws Exception {
        String body = """
                {"type":"TicketReady","ticket":{"lines":[{"name":{"ko":"아메리카노","en":"Americano"},"options":[["shot",2]]}],
                 "orderId":"o-7","station":null,"times":{"queuedAt":"2026-12-06T10:00:00Z"},"orderNumber":107,
                 "readyAt":"2026-12-06T10:03:00.250Z","version":3,"flags":[true,false]},"sentAt":"2026-12-06T10:03:01Z"}
                """;

        List<String> handled = new ArrayList<>();
        ObjectMapper watched = json.copy().addHandler(new DeserializationProblemHandler() {
            @Override
            public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                                 JsonDeserializer<?> deserializer, Object bean, String name) {
                handled.add(name);
                return false;
            }
        });

        TicketNews news = watched.readValue(body, TicketNews.class);

        assertThat(news.ticket()).isEqualTo(new TicketPart("o-7", 107, Instant.parse("2026-12-06T10:03:00.250Z")));
        assertThat(handled).as("declared ignored, not kept aside to be handled as unknown").isEmpty();
    }

    @Test
    void readsAnInstantWrittenWithAnOffsetOrAsSecondsAsTheTimeModuleDoes() throws Exception {
        assertThat(json.readValue("\"2026-12-06T19:03:00+09:00\"", Instant.class))
                .isEqualTo(Instant.parse("2026-12-06T10:03:00Z"));
        assertThat(json.readValue("1765015380.25", Instant.class)).isEqualTo(Instant.parse("2025-12-06T10:03:00.25Z"));
        assertThatThrownBy(() -> json.readValue("\"2026-02-30T10:03:00Z\"", Instant.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void writesEveryFieldWithInstantsAsText() throws Exception {
        String written = json.writeValueAsString(new TicketPart("o-7", 107, Instant.parse("2026-12-06T10:03:00.25Z")));

        assertThat(written)
                .isEqualTo("{\"orderId\":\"o-7\",\"orderNumber\":107,\"readyAt\":\"2026-12-06T10:03:00.250Z\"}");
        assertThat(json.readValue(written, TicketPart.class).readyAt()).isEqualTo(Instant.parse("2026-12-06T10:03:00.25Z"));
    }
}
