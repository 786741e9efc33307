package org.chancery.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import graphql.parser.Parser;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Each query text is parsed once; one with errors, every time; the least recently used goes first. */
class ParsedDocumentCacheTests {

    private final AtomicInteger parsed = new AtomicInteger();

    private final Function<ExecutionInput, PreparsedDocumentEntry> parse = input -> {
        parsed.incrementAndGet();
        return input.getQuery().contains("bad")
                ? new PreparsedDocumentEntry(ValidationError.newValidationError()
                        .validationErrorType(ValidationErrorType.FieldUndefined)
                        .description("bad")
                        .build())
                : new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
    };

    @Test
    void theSameQueryIsParsedOnceWhateverItsVariables() {
        ParsedDocumentCache documents = new ParsedDocumentCache(10);

        Document first = get(documents, "{ a }", "1");
        Document again = get(documents, "{ a }", "2");

        assertThat(again).isSameAs(first);
        assertThat(parsed).hasValue(1);
    }

    @Test
    void aDocumentWithErrorsIsNotKept() {
        ParsedDocumentCache documents = new ParsedDocumentCache(10);

        get(documents, "{ bad }", "1");
        get(documents, "{ bad }", "1");

        assertThat(parsed).hasValue(2);
    }

    @Test
    void theLeastRecentlyUsedDocumentIsDroppedFirst() {
        ParsedDocumentCache documents = new ParsedDocumentCache(2);
        get(documents, "{ a }", "1");
        get(documents, "{ b }", "1");
        get(documents, "{ a }", "1");

        get(documents, "{ c }", "1");
        get(documents, "{ a }", "1");
        get(documents, "{ b }", "1");

        assertThat(parsed).as("a stayed, b was dropped and parsed again").hasValue(4);
    }

    private Document get(ParsedDocumentCache documents, String query, String variable) {
        ExecutionInput input = ExecutionInput.newExecutionInput(query)
                .variables(Map.of("v", variable))
                .build();
        return documents.getDocumentAsync(input, parse).join().getDocument();
    }
}
