package cafe.core.barista.adapter.persistence;

import cafe.core.barista.domain.TicketItem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A ticket's drink lines as the JSON text of the {@code lines} column. Every tap reads a ticket and
 * writes it back, and only checking an item changes its lines; so the texts and lines of the
 * tickets last seen are kept both ways, and a text read or lines written again are not parsed or
 * written again. A text that differs (the file changed by hand) is simply parsed.
 */
final class TicketLinesJson {

    private static final TypeReference<List<TicketItem>> LINES = new TypeReference<>() {
    };
    /** More tickets than a bar holds at once, queued, started and ready. */
    private static final int KEPT = 256;

    private final ObjectMapper json;
    private final Map<String, List<TicketItem>> linesOfText = recent();
    private final Map<List<TicketItem>, String> textOfLines = recent();

    TicketLinesJson(ObjectMapper json) {
        this.json = json;
    }

    String write(List<TicketItem> items) {
        List<TicketItem> lines = List.copyOf(items);
        String text = textOfLines.get(lines);
        if (text == null) {
            text = serialized(lines);
            remember(text, lines);
        }
        return text;
    }

    List<TicketItem> read(String text) {
        List<TicketItem> lines = linesOfText.get(text);
        if (lines == null) {
            lines = parsed(text);
            remember(text, lines);
        }
        return lines;
    }

    private void remember(String text, List<TicketItem> lines) {
        linesOfText.put(text, lines);
        textOfLines.put(lines, text);
    }

    private String serialized(List<TicketItem> lines) {
        try {
            return json.writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write ticket lines", e);
        }
    }

    private List<TicketItem> parsed(String text) {
        try {
            return List.copyOf(json.readValue(text, LINES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable ticket lines: " + e.getOriginalMessage(), e);
        }
    }

    /** The newest {@value #KEPT} entries, the least recently used going first; safe across threads. */
    private static <K, V> Map<K, V> recent() {
        return Collections.synchronizedMap(new LinkedHashMap<>(KEPT, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > KEPT;
            }
        });
    }
}
