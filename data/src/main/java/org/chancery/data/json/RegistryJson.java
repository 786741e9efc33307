package org.chancery.data.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.chancery.domain.ClaimId;
import org.chancery.domain.EntityId;
import org.chancery.domain.SourceId;
import org.chancery.domain.claim.Citation;
import org.chancery.domain.claim.ClaimValue;
import org.chancery.domain.claim.Qualifier;
import org.chancery.domain.entity.Alias;
import org.chancery.domain.entity.ExternalId;
import org.chancery.domain.time.EdtfDate;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The JSON form of the registry's values: ids and dates as their written forms ({@code E17},
 * {@code 2013-05}), a claim value as {@code {"entity":"E2"}}, {@code {"text":…}} or {@code {"date":…}},
 * fields in declared order, null ones left out, unknown ones refused.
 */
public final class RegistryJson {

    public static final JsonMapper MAPPER = mapper();

    private static final TypeReference<List<Qualifier>> QUALIFIERS = new TypeReference<>() {};
    private static final TypeReference<List<Citation>> CITATIONS = new TypeReference<>() {};
    private static final TypeReference<List<Alias>> ALIASES = new TypeReference<>() {};
    private static final TypeReference<List<ExternalId>> EXTERNAL_IDS = new TypeReference<>() {};

    private RegistryJson() {}

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    public static List<Qualifier> qualifiers(String json) {
        return MAPPER.readValue(json, QUALIFIERS);
    }

    public static List<Citation> citations(String json) {
        return MAPPER.readValue(json, CITATIONS);
    }

    public static List<Alias> aliases(String json) {
        return MAPPER.readValue(json, ALIASES);
    }

    public static List<ExternalId> externalIds(String json) {
        return MAPPER.readValue(json, EXTERNAL_IDS);
    }

    private static JsonMapper mapper() {
        return JsonMapper.builder()
                .addModule(module())
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    /** The forms of the registry's values, for any Jackson mapper that writes them. */
    public static SimpleModule module() {
        SimpleModule values = new SimpleModule("chancery-values");
        scalar(values, EntityId.class, EntityId::parse, EntityId::toString);
        scalar(values, SourceId.class, SourceId::parse, SourceId::toString);
        scalar(values, ClaimId.class, ClaimId::parse, ClaimId::toString);
        scalar(values, EdtfDate.class, EdtfDate::parse, EdtfDate::form);
        scalar(
                values,
                OffsetDateTime.class,
                text -> OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME::format);
        values.addSerializer(ClaimValue.class, new StdSerializer<ClaimValue>(ClaimValue.class) {
            @Override
            public void serialize(ClaimValue value, JsonGenerator gen, SerializationContext context) {
                gen.writeStartObject();
                if (value instanceof ClaimValue.EntityValue e) {
                    gen.writeStringProperty("entity", e.entity().toString());
                } else if (value instanceof ClaimValue.DateValue d) {
                    gen.writeStringProperty("date", d.date().form());
                } else {
                    gen.writeStringProperty("text", ((ClaimValue.TextValue) value).text());
                }
                gen.writeEndObject();
            }
        });
        values.addDeserializer(ClaimValue.class, new StdDeserializer<ClaimValue>(ClaimValue.class) {
            @Override
            public ClaimValue deserialize(JsonParser parser, DeserializationContext context) {
                JsonNode node = context.readTree(parser);
                if (node.has("entity")) {
                    return ClaimValue.entity(EntityId.parse(node.get("entity").asString()));
                }
                if (node.has("date")) {
                    return ClaimValue.date(EdtfDate.parse(node.get("date").asString()));
                }
                return ClaimValue.text(node.get("text").asString());
            }
        });
        return values;
    }

    private static <T> void scalar(
            SimpleModule module, Class<T> type, Function<String, T> parse, Function<T, String> format) {
        module.addSerializer(type, new StdSerializer<T>(type) {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializationContext context) {
                gen.writeString(format.apply(value));
            }
        });
        module.addDeserializer(type, new StdScalarDeserializer<T>(type) {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) {
                if (parser.currentToken() != JsonToken.VALUE_STRING) {
                    throw InvalidFormatException.from(parser, "Write it as a string", parser.getString(), type);
                }
                String text = parser.getString();
                try {
                    return parse.apply(text);
                } catch (RuntimeException e) {
                    String message = e instanceof IllegalArgumentException && e.getMessage() != null
                            ? e.getMessage()
                            : "'%s' is not a valid value here".formatted(text);
                    throw InvalidFormatException.from(parser, message, text, type);
                }
            }
        });
    }
}
