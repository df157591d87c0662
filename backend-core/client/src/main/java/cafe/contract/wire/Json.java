package cafe.contract.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.Instant;

/**
 * The one JSON mapping for message bodies: ISO-8601 instants, unknown fields tolerated. A record
 * read from a body that holds more than it names (a ticket's news from a whole ticket) skips the
 * rest as it reads: declared as ignoring unknown fields, not merely told not to fail on them,
 * Jackson copies each unknown field of a record aside first, in case its constructor wanted it.
 * Instants are always written and read as ISO-8601 text by {@link InstantText}: a {@code @JsonFormat}
 * on an instant would not be honoured (none is used).
 */
public final class Json {

    private Json() {
    }

    public static ObjectMapper newMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(new SimpleModule().addSerializer(Instant.class, new InstantAsText())
                        .addDeserializer(Instant.class, new InstantFromText()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setSerializationInclusion(JsonInclude.Include.ALWAYS)
                .setAnnotationIntrospector(new UnknownFieldsSkipped());
    }

    /** The text {@code JavaTimeModule} writes, made by {@link InstantText}. */
    private static final class InstantAsText extends StdSerializer<Instant> {

        InstantAsText() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant instant, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(InstantText.of(instant));
        }
    }

    /** Text in the form {@link InstantText} writes read by it; anything else as {@code JavaTimeModule} reads it. */
    private static final class InstantFromText extends StdDeserializer<Instant> {

        InstantFromText() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser json, DeserializationContext context) throws IOException {
            if (json.hasToken(JsonToken.VALUE_STRING)) {
                Instant plain = InstantText.parsePlain(json.getText());
                if (plain != null) {
                    return plain;
                }
            }
            return InstantDeserializer.INSTANT.deserialize(json, context);
        }
    }

    private static final class UnknownFieldsSkipped extends JacksonAnnotationIntrospector {

        @Override
        public JsonIgnoreProperties.Value findPropertyIgnoralByName(MapperConfig<?> config, Annotated annotated) {
            return super.findPropertyIgnoralByName(config, annotated).withIgnoreUnknown();
        }
    }
}
