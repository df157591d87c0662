package cafe.core.order.adapter.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Values this adapter keeps as JSON text in one column (option snapshots, the menu replica). */
final class JsonColumn {

    private final ObjectMapper json;

    JsonColumn(ObjectMapper json) {
        this.json = json;
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    <T> T read(String text, Class<T> type) {
        return read(text, json.constructType(type));
    }

    <T> T read(String text, JavaType type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored " + type + " cannot be read", e);
        }
    }

    JavaType listOf(Class<?> element) {
        return json.getTypeFactory().constructCollectionType(java.util.List.class, element);
    }
}
