package org.chancery.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.language.OperationDefinition;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.chancery.domain.RegistryVersion;
import org.chancery.domain.security.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

/**
 * Keeps the answers to queries between changes to the registry: the same document, operation and
 * variables, asked by the same actor while the {@link RegistryVersion} has not moved, get the same answer,
 * so it is served as the JSON written the first time, without running the query again. A front end that
 * renders an entity page on every page view asks the same few questions over and over.
 *
 * <p>Only queries are kept, only answers without errors, and never one that reads who is asking
 * ({@link #personal}). Answers are kept only for a document already answered once without errors, so a
 * query that a limit refuses never reads the version: a miss costs the query's statements and one more, a
 * hit that one. A request with {@code Cache-Control: no-cache} is run afresh and leaves the cache as it is.
 * The answers kept take at most {@code chancery.graphql.response-cache} of memory, as Caffeine weighs
 * them; 0 keeps none.
 */
final class ResponseCache implements WebGraphQlInterceptor {

    private static final String PERSONAL = ResponseCache.class.getName() + ".personal";
    private static final int DOCUMENTS = 500;

    private record DocumentKey(String document, @Nullable String operation) {}

    private record Key(DocumentKey document, Map<String, Object> variables, Actor actor) {}

    /** An answer as the registry was at {@code version}, and about what it takes in memory. */
    private record Answer(long version, RawValue data, int weight) {}

    private final RegistryVersion registry;
    private final ParsedDocuments documents;
    private final ObjectProvider<ActorSource> actors;
    private final JsonMapper json;
    private final long capacity;
    private final Cache<Key, Answer> answers;
    /** The documents answered once without errors. */
    private final Cache<DocumentKey, Boolean> answered =
            Caffeine.newBuilder().maximumSize(DOCUMENTS).build();

    ResponseCache(
            RegistryVersion registry,
            ParsedDocuments documents,
            ObjectProvider<ActorSource> actors,
            JsonMapper json,
            long capacity) {
        this.registry = registry;
        this.documents = documents;
        this.actors = actors;
        this.json = json;
        this.capacity = capacity;
        this.answers = Caffeine.newBuilder()
                .maximumWeight(capacity)
                .weigher((Key key, Answer answer) -> answer.weight())
                .build();
    }

    /** Marks the answer of the request whose context this is as about the asker, so it is not kept. */
    static void personal(GraphQLContext context) {
        AtomicBoolean personal = context.get(PERSONAL);
        if (personal != null) {
            personal.set(true);
        }
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (capacity == 0 || !request.getExtensions().isEmpty() || noCache(request.getHeaders())) {
            return chain.next(request);
        }
        DocumentKey document = new DocumentKey(request.getDocument(), request.getOperationName());
        Actor actor = actors.getIfAvailable(() -> () -> Actor.ANONYMOUS).current();
        Key key = new Key(document, request.getVariables(), actor);
        Long version = answered.getIfPresent(document) != null ? registry.current() : null;
        if (version != null) {
            Answer answer = answers.getIfPresent(key);
            if (answer != null && answer.version() == version) {
                ExecutionResult result =
                        ExecutionResult.newExecutionResult().data(answer.data()).build();
                return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(
                        ExecutionInput.newExecutionInput(document.document()).build(), result)));
            }
        }
        AtomicBoolean personal = new AtomicBoolean();
        request.configureExecutionInput(
                (input, builder) -> builder.graphQLContext(context -> context.put(PERSONAL, personal))
                        .build());
        return chain.next(request).doOnNext(response -> {
            if (!keepable(response, document, personal)) {
                return;
            }
            if (version == null) {
                answered.put(document, Boolean.TRUE);
            } else {
                keep(key, version, response.getExecutionResult().getData());
            }
        });
    }

    private boolean keepable(WebGraphQlResponse response, DocumentKey document, AtomicBoolean personal) {
        return response.isValid()
                && response.getErrors().isEmpty()
                && response.getExtensions().isEmpty()
                && !personal.get()
                && documents.operation(document.document(), document.operation())
                        == OperationDefinition.Operation.QUERY;
    }

    private void keep(Key key, long version, @Nullable Object data) {
        String written = json.writeValueAsString(data);
        long size = 2L * written.length() + 2L * key.document().document().length() + 256;
        if (size <= capacity / 8) {
            answers.put(key, new Answer(version, new RawValue(written), (int) Math.min(size, Integer.MAX_VALUE)));
        }
    }

    private static boolean noCache(HttpHeaders headers) {
        return headers.getOrEmpty(HttpHeaders.CACHE_CONTROL).stream()
                .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("no-cache"));
    }
}
