package org.chancery.data.dataset;

import java.util.Arrays;
import org.chancery.data.json.RegistryJson;
import org.chancery.domain.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes dataset lines, and says what is wrong with one in a curator's words. Public for the
 * import baseline of the {@code bench} module, which reads files as the importer does.
 */
public final class DatasetJson {

    private final JsonMapper mapper = RegistryJson.MAPPER;

    String write(DatasetRecord record) {
        return mapper.writeValueAsString(record);
    }

    /** The record on line {@code number}, or a {@link DatasetException} naming the field at fault. */
    public DatasetRecord read(long number, String line) {
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
            problem = "Write one of " + Arrays.toString(invalid.getTargetType().getEnumConstants());
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
}
