package org.chancery.api;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.chancery.domain.Digests;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Apollo's automatic persisted queries: a front end may send, instead of a document, its SHA-256 as
 * {@code extensions.persistedQuery.sha256Hash} (version 1). A document the server does not hold is
 * answered with the error {@code PersistedQueryNotFound} (classified NOT_FOUND), and the client sends it
 * again with the document, which is then kept for the next time, if its hash is right and it is within
 * the limit on a document's length; the least recently used are dropped first. Over GET the hash makes a
 * short address that HTTP caches keep. Ahead of every other step, so that what follows (limits, the answer
 * cache) sees the document itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
final class PersistedQueryCache implements WebGraphQlInterceptor {

    static final String NOT_FOUND = "PersistedQueryNotFound";

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    private final Map<String, String> documents;
    private final int maxCharacters;

    PersistedQueryCache(GraphQlLimits limits) {
        int capacity = 500;
        this.maxCharacters = limits.maxCharacters();
        this.documents = Collections.synchronizedMap(new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        });
    }

    /** A request that names a persisted query and cannot be answered: what the client is told. */
    static final class Refusal extends RuntimeException {

        private final String classification;

        Refusal(String classification, String message) {
            super(message, null, false, false);
            this.classification = classification;
        }

        ExecutionResult result() {
            return ExecutionResult.newExecutionResult()
                    .addError(GraphqlErrorBuilder.newError()
                            .message(getMessage())
                            .errorType(graphql.ErrorClassification.errorClassification(classification))
                            .extensions(Map.of("code", classification, "field", "extensions.persistedQuery"))
                            .build())
                    .build();
        }
    }

    /**
     * The document a request stands for: {@code query} itself, kept under its hash when
     * {@code extensions} names one, or the document kept under the hash when {@code query} is absent.
     *
     * @throws Refusal when the hash is malformed or not that of {@code query}, or no document is kept under it
     */
    @Nullable
    String document(@Nullable String query, @Nullable Map<String, Object> extensions) {
        if (extensions == null || !(extensions.get("persistedQuery") instanceof Map<?, ?> persisted)) {
            return query;
        }
        if (!Integer.valueOf(1).equals(persisted.get("version"))) {
            throw new Refusal("BAD_REQUEST", "Only version 1 of persisted queries is supported");
        }
        if (!(persisted.get("sha256Hash") instanceof String hash)
                || !SHA_256.matcher(hash).matches()) {
            throw new Refusal("BAD_REQUEST", "Give sha256Hash as 64 lowercase hexadecimal digits");
        }
        if (query == null || query.isBlank() || query.equals(PersistedQuerySupport.PERSISTED_QUERY_MARKER)) {
            String kept = documents.get(hash);
            if (kept == null) {
                throw new Refusal("NOT_FOUND", NOT_FOUND);
            }
            return kept;
        }
        if (!Digests.sha256(query).equals(hash)) {
            throw new Refusal("BAD_REQUEST", "The sha256Hash is not that of the query");
        }
        if (query.length() <= maxCharacters) {
            documents.put(hash, query);
        }
        return query;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String document;
        try {
            document = document(request.getDocument(), request.getExtensions());
        } catch (Refusal refusal) {
            return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(
                    ExecutionInput.newExecutionInput(request.getDocument()).build(), refusal.result())));
        }
        if (request.getDocument().equals(document)) {
            return chain.next(request);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("query", document);
        body.put("operationName", request.getOperationName());
        body.put("variables", request.getVariables());
        body.put("extensions", request.getExtensions());
        return chain.next(new WebGraphQlRequest(
                request.getUri().toUri(),
                request.getHeaders(),
                request.getCookies(),
                request.getRemoteAddress(),
                request.getAttributes(),
                body,
                request.getId(),
                request.getLocale()));
    }
}
