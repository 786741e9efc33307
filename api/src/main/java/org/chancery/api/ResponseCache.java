package org.chancery.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphqlErrorBuilder;
import graphql.language.OperationDefinition;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.chancery.domain.Failures;
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
 *
 * <p>While the database cannot answer, a kept answer is served stale (RFC 5861's stale-if-error), for up
 * to {@code chancery.graphql.stale-if-error} after it was last known current, whatever changed since: with
 * its age in an {@code Age} header and in the body's {@code extensions.stale.age}. Without one, the answer
 * is UNAVAILABLE, at once when the registry's version cannot be read.
 */
final class ResponseCache implements WebGraphQlInterceptor {

    private static final String PERSONAL = ResponseCache.class.getName() + ".personal";
    private static final int DOCUMENTS = 500;

    private record DocumentKey(String document, @Nullable String operation) {}

    private record Key(DocumentKey document, Map<String, Object> variables, Actor actor) {}

    /**
     * An answer as the registry was at {@code version}, about what it takes in memory, and when it was last
     * known to be the registry's answer (in {@link System#nanoTime()}).
     */
    private record Answer(long version, RawValue data, int weight, AtomicLong confirmed) {

        long ageSeconds() {
            return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - confirmed.get());
        }
    }

    private final RegistryVersion registry;
    private final ParsedDocumentCache documents;
    private final ObjectProvider<ActorSource> actors;
    private final JsonMapper json;
    private final Failures failures;
    private final long capacity;
    private final Duration staleIfError;
    private final Cache<Key, Answer> answers;
    /** The documents answered once without errors. */
    private final Cache<DocumentKey, Boolean> answered =
            Caffeine.newBuilder().maximumSize(DOCUMENTS).build();

    ResponseCache(
            RegistryVersion registry,
            ParsedDocumentCache documents,
            ObjectProvider<ActorSource> actors,
            JsonMapper json,
            Failures failures,
            GraphQlLimits limits) {
        this.registry = registry;
        this.documents = documents;
        this.actors = actors;
        this.json = json;
        this.failures = failures;
        this.capacity = limits.responseCache().toBytes();
        this.staleIfError = limits.staleIfError();
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
        Long version = null;
        if (answered.getIfPresent(document) != null) {
            try {
                version = registry.current();
            } catch (RuntimeException e) {
                if (!failures.isOutage(e)) {
                    throw e;
                }
                // the database is out: a kept answer, or the query's own errors (a 503) without waiting on it
                Answer kept = answers.getIfPresent(key);
                return Mono.just(kept != null && servable(kept) ? stale(document, kept) : unavailable(document));
            }
        }
        if (version != null) {
            Answer answer = answers.getIfPresent(key);
            if (answer != null && answer.version() == version) {
                answer.confirmed().set(System.nanoTime());
                return Mono.just(answered(
                        document,
                        ExecutionResult.newExecutionResult().data(answer.data()).build()));
            }
        }
        AtomicBoolean personal = new AtomicBoolean();
        request.configureExecutionInput(
                (input, builder) -> builder.graphQLContext(context -> context.put(PERSONAL, personal))
                        .build());
        Long read = version;
        return chain.next(request).map(response -> {
            if (unavailable(response)) {
                Answer kept = answers.getIfPresent(key);
                return kept != null && servable(kept) ? stale(document, kept) : response;
            }
            if (keepable(response, document, personal)) {
                if (read == null) {
                    answered.put(document, Boolean.TRUE);
                } else {
                    keep(key, read, response.getExecutionResult().getData());
                }
            }
            return response;
        });
    }

    private boolean servable(Answer kept) {
        return kept.ageSeconds() <= staleIfError.toSeconds();
    }

    /** A kept answer served while the database is out, marked with its age in the header and the body. */
    private static WebGraphQlResponse stale(DocumentKey document, Answer kept) {
        long age = kept.ageSeconds();
        WebGraphQlResponse response = answered(
                document,
                ExecutionResult.newExecutionResult()
                        .data(kept.data())
                        .extensions(Map.of("stale", Map.of("age", age)))
                        .build());
        response.getResponseHeaders().set(HttpHeaders.AGE, Long.toString(age));
        return response;
    }

    private static WebGraphQlResponse unavailable(DocumentKey document) {
        return answered(
                document,
                ExecutionResult.newExecutionResult()
                        .addError(GraphqlErrorBuilder.newError()
                                .errorType(ErrorKind.UNAVAILABLE)
                                .message("The registry cannot answer now: try again shortly")
                                .build())
                        .build());
    }

    private static WebGraphQlResponse answered(DocumentKey document, ExecutionResult result) {
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(
                ExecutionInput.newExecutionInput(document.document()).build(), result));
    }

    private static boolean unavailable(WebGraphQlResponse response) {
        return response.getErrors().stream()
                .anyMatch(e -> e.getErrorType() == ErrorKind.UNAVAILABLE
                        || "UNAVAILABLE".equals(e.getExtensions().get("code")));
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
            answers.put(
                    key,
                    new Answer(
                            version,
                            new RawValue(written),
                            (int) Math.min(size, Integer.MAX_VALUE),
                            new AtomicLong(System.nanoTime())));
        }
    }

    private static boolean noCache(HttpHeaders headers) {
        return headers.getOrEmpty(HttpHeaders.CACHE_CONTROL).stream()
                .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("no-cache"));
    }
}
