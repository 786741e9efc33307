package org.chancery.api;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import org.chancery.domain.time.EdtfDate;

/** The custom scalars: {@code Date} (EDTF), {@code DateTime} (ISO 8601 instant) and {@code JSON}. */
final class Scalars {

    static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
            .name("Date")
            .description("A date as ISO 8601-2 / EDTF")
            .coercing(new StringCoercing<>(EdtfDate::parse, value -> {
                if (value instanceof EdtfDate date) {
                    return date.form();
                }
                if (value instanceof LocalDate day) {
                    return day.toString();
                }
                throw new CoercingSerializeException("Not a date");
            }))
            .build();

    static final GraphQLScalarType DATE_TIME = GraphQLScalarType.newScalar()
            .name("DateTime")
            .description("An instant as ISO 8601 with an offset")
            .coercing(new StringCoercing<>(
                    text -> {
                        try {
                            return OffsetDateTime.parse(text).toInstant();
                        } catch (DateTimeParseException e) {
                            throw new IllegalArgumentException(
                                    "'%s' is not a date-time: write it like 2026-03-01T12:00:00Z".formatted(text));
                        }
                    },
                    value -> {
                        if (value instanceof Instant instant) {
                            return instant.toString();
                        }
                        throw new CoercingSerializeException("Not an instant");
                    }))
            .build();

    static final GraphQLScalarType JSON = GraphQLScalarType.newScalar()
            .name("JSON")
            .description("Any JSON value")
            .coercing(new Coercing<Object, Object>() {
                @Override
                public Object serialize(Object value, GraphQLContext context, Locale locale) {
                    return value;
                }
            })
            .build();

    private Scalars() {}

    /**
     * A scalar written as a string, read with {@code parse} (whose refusals say what is wrong), refused
     * unread when it is longer than any such value can be.
     */
    private record StringCoercing<T>(Function<String, T> parse, Function<Object, String> format)
            implements Coercing<T, String> {

        private static final int MAX_LENGTH = 64;

        private T read(String text) {
            if (text.length() > MAX_LENGTH) {
                throw new IllegalArgumentException(
                        "Write at most %d characters (%d were sent)".formatted(MAX_LENGTH, text.length()));
            }
            return parse.apply(text);
        }

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            return format.apply(value);
        }

        @Override
        public T parseValue(Object input, GraphQLContext context, Locale locale) {
            if (!(input instanceof String text)) {
                throw new CoercingParseValueException("Write it as a string");
            }
            try {
                return read(text);
            } catch (IllegalArgumentException e) {
                throw new CoercingParseValueException(e.getMessage());
            }
        }

        @Override
        public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (!(input instanceof StringValue text)) {
                throw new CoercingParseLiteralException("Write it as a string");
            }
            try {
                return read(text.getValue());
            } catch (IllegalArgumentException e) {
                throw new CoercingParseLiteralException(e.getMessage());
            }
        }
    }
}
