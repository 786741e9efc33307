package org.chancery.api;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.OperationDefinition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The documents already parsed and validated, by their text, the least recently used dropped first: a
 * front end sends the same few queries over and over, with other variables. A document with errors is not
 * kept. The limits on depth and complexity still apply to every request, as they act on execution.
 */
final class ParsedDocumentCache implements PreparsedDocumentProvider {

    private final Map<String, PreparsedDocumentEntry> documents;

    ParsedDocumentCache(int capacity) {
        this.documents = Collections.synchronizedMap(new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
                return size() > capacity;
            }
        });
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        PreparsedDocumentEntry document = documents.get(input.getQuery());
        if (document == null) {
            document = parseAndValidate.apply(input);
            if (!document.hasErrors()) {
                documents.put(input.getQuery(), document);
            }
        }
        return CompletableFuture.completedFuture(document);
    }

    /** The kind of the operation {@code name} selects in {@code document}, if the document is kept here. */
    OperationDefinition.@Nullable Operation operation(String document, @Nullable String name) {
        PreparsedDocumentEntry entry = documents.get(document);
        if (entry == null) {
            return null;
        }
        var operations = entry.getDocument().getDefinitionsOfType(OperationDefinition.class);
        return operations.stream()
                .filter(o -> name == null ? operations.size() == 1 : name.equals(o.getName()))
                .map(OperationDefinition::getOperation)
                .findFirst()
                .orElse(null);
    }
}
