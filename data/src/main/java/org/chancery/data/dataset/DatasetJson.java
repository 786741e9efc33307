package org.chancery.data.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.claim.ClaimId;
import org.chancery.domain.entity.EntityId;
import org.chancery.domain.source.SourceId;
import org.chancery.domain.time.EdtfDate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/** Reads and writes dataset lines, and says what is wrong with one in a curator's words. */
final class DatasetJson {

    private final JsonMapper mapper;

    DatasetJson() {
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
        this.mapper = JsonMapper.builder()
                .addModule(values)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .changeDefaultPropertyInclusion(
                        inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    String write(DatasetRecord record) {
        return mapper.writeValueAsString(record);
    }

    /** The record on line {@code number}, or a {@link DatasetException} naming the field at fault. */
    DatasetRecord read(long number, String line) {
        try {
            return mapper.readValue(line, DatasetRecord.class);
        } catch (JacksonException e) {
            throw problem(number, e);
        }
    }

    private static DatasetException problem(long number, JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        Throwable cause = e.getCause();
        if (cause instanceof InvalidInputException invalid) {
            String field = invalid.field().isEmpty() ? path.toString() : join(path.toString(), invalid.field());
            return new DatasetException(number, field, invalid.getMessage());
        }
        String problem;
        if (e instanceof UnrecognizedPropertyException) {
            problem = "Not a field of this record: remove it or check its spelling";
        } else if (e instanceof InvalidTypeIdException) {
            return new DatasetException(number, "type", "Write predicate, entity, source or claim");
        } else if (e instanceof InvalidFormatException invalid
                && invalid.getTargetType().isEnum()) {
            problem = "Write one of "
                    + java.util.Arrays.toString(invalid.getTargetType().getEnumConstants());
        } else if (e instanceof InvalidFormatException invalid) {
            problem = invalid.getOriginalMessage();
        } else if (path.isEmpty()) {
            problem = "Not a JSON object: each line holds one record";
        } else {
            problem = "Wrong kind of value: see docs/dataset.md for what this field holds";
        }
        return new DatasetException(number, path.toString(), problem);
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : field.startsWith("[") ? path + field : path + "." + field;
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
