package cafe.core.barista.adapter.persistence;

import cafe.core.barista.domain.TicketItem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** A ticket's drink lines as the JSON text of the {@code lines} column. */
final class TicketLinesJson {

    private static final TypeReference<List<TicketItem>> LINES = new TypeReference<>() {
    };

    private final ObjectMapper json;

    TicketLinesJson(ObjectMapper json) {
        this.json = json;
    }

    String write(List<TicketItem> items) {
        try {
            return json.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write ticket lines", e);
        }
    }

    List<TicketItem> read(String text) {
        try {
            return json.readValue(text, LINES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable ticket lines: " + e.getOriginalMessage(), e);
        }
    }
}
