package org.chancery.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.language.OperationDefinition;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.chancery.domain.ChangeKeys;
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
 * variables, asked by the same actor, get the same answer until a change touches something it read (the
 * {@link Reads} kept with it), so it is served as the JSON written the first time, without running the
 * query again. A front end that renders an entity page on every page view asks the same few questions over
 * and over, and a correction of a claim about one entity leaves the pages of the others kept.
 *
 * <p>Each request reads the {@link RegistryVersion}; when it has moved, the keys the changes since
 * touched (read once per change by each instance, so every instance drops the same answers) mark which
 * kept answers are out of date: those computed before a change to one of their keys. A change whose keys
 * are not known drops every answer computed before it.
 *
 * <p>Only queries are kept, only answers without errors, and never one that reads who is asking or what
 * has no keys ({@link Reads}). Answers are kept only for a document already answered once without errors,
 * so a query that a limit refuses never reads the version: a miss costs the query's statements and one
 * more, a hit that one. A request with {@code Cache-Control: no-cache} is run afresh and leaves the cache
 * as it is. An answer carries its keys in {@code Surrogate-Key} (space-separated) and {@code Cache-Tag}
 * (comma-separated) headers, so that a CDN in front can drop it by key.
 * The answers kept take at most {@code chancery.graphql.response-cache} of memory, as Caffeine weighs
 * them; 0 keeps none.
 *
 * <p>While the database cannot answer, a kept answer is served stale (RFC 5861's stale-if-error), for up
 * to {@code chancery.graphql.stale-if-error} after it was last known current, whatever changed since: with
 * its age in an {@code Age} header and in the body's {@code extensions.stale.age}. Without one, the answer
 * is UNAVAILABLE, at once when the registry's version cannot be read.
 */
final class ResponseCache implements WebGraphQlInterceptor {

    private static final int DOCUMENTS = 500;

    /** The most keys remembered as touched; past it, every answer kept so far is dropped instead. */
    private static final int TOUCHED = 100_000;

    /** The most keys an answer's headers name; an answer that read more names none. */
    private static final int HEADER_KEYS = 500;

    private record DocumentKey(String document, @Nullable String operation) {}

    private record Key(DocumentKey document, Map<String, Object> variables, Actor actor) {}

    /**
     * An answer as the registry was at {@code version}, about what it takes in memory, and when it was last
     * known to be the registry's answer (in {@link System#nanoTime()}).
     */
    private record Answer(long version, Set<String> reads, RawValue data, int weight, AtomicLong confirmed) {

        long ageSeconds() {
            return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - confirmed.get());
        }
    }

    private final RegistryVersion registry;
    /** Answers served as kept, executed afresh, and kept answers served stale while the database was out. */
    private final Counter hits;

    private final Counter misses;
    private final Counter staleHits;
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
    /** The version of the last change whose keys this instance has read. */
    private volatile long seen = -1;
    /** Each key touched since, with the version of the last change that touched it. */
    private final Map<String, Long> touched = new ConcurrentHashMap<>();
    /** Answers computed before this version are out of date, whatever they read. */
    private volatile long floor;

    ResponseCache(
            RegistryVersion registry,
            ParsedDocumentCache documents,
            ObjectProvider<ActorSource> actors,
            JsonMapper json,
            Failures failures,
            GraphQlLimits limits,
            MeterRegistry meters) {
        this.registry = registry;
        this.hits = answers(meters, "hit");
        this.misses = answers(meters, "miss");
        this.staleHits = answers(meters, "stale");
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
            catchUp(version);
            Answer answer = answers.getIfPresent(key);
            if (answer != null && current(answer)) {
                hits.increment();
                answer.confirmed().set(System.nanoTime());
                return Mono.just(withKeys(
                        answered(
                                document,
                                ExecutionResult.newExecutionResult()
                                        .data(answer.data())
                                        .build()),
                        answer.reads()));
            }
        }
        AtomicReference<Reads> reads = new AtomicReference<>();
        request.configureExecutionInput((input, builder) ->
                builder.graphQLContext(context -> reads.set(Reads.of(context))).build());
        Long read = version;
        return chain.next(request).map(response -> {
            if (unavailable(response)) {
                Answer kept = answers.getIfPresent(key);
                return kept != null && servable(kept) ? stale(document, kept) : response;
            }
            Set<String> keys = reads.get() == null ? null : reads.get().keys();
            if (keys != null && keepable(response, document)) {
                // a query the cache could answer, executed: mutations and refused queries are no misses
                misses.increment();
                if (read == null) {
                    answered.put(document, Boolean.TRUE);
                } else {
                    keep(key, read, keys, response.getExecutionResult().getData());
                }
                withKeys(response, keys);
            }
            return response;
        });
    }

    /**
     * Reads the keys of the changes up to {@code version} that this instance has not read yet. A change
     * missing from what is read (its keys dropped, or never written) counts as a change to everything.
     */
    private void catchUp(long version) {
        if (version <= seen) {
            return;
        }
        synchronized (touched) {
            if (version <= seen) {
                return;
            }
            if (seen < 0) {
                // nothing is kept yet: what changed before does not matter
                seen = version;
                return;
            }
            long last = seen;
            for (Map.Entry<Long, Set<String>> change :
                    registry.touchedAfter(seen).entrySet()) {
                long at = change.getKey();
                if (at != last + 1 || change.getValue().contains(ChangeKeys.EVERYTHING)) {
                    floor = at;
                }
                change.getValue().forEach(k -> touched.merge(k, at, Math::max));
                last = at;
            }
            if (last < version) {
                // changes this instance could not read: everything before the version is out of date
                floor = version;
                last = version;
            }
            if (touched.size() > TOUCHED) {
                touched.clear();
                floor = last;
            }
            seen = last;
        }
    }

    /** Whether no change since {@code answer} was computed touched what it read. */
    private boolean current(Answer answer) {
        if (answer.version() < floor) {
            return false;
        }
        for (String key : answer.reads()) {
            Long at = touched.get(key);
            if (at != null && at > answer.version()) {
                return false;
            }
        }
        return true;
    }

    /** Names the keys of an answer in the headers a CDN purges by; not when there are too many. */
    private static WebGraphQlResponse withKeys(WebGraphQlResponse response, Set<String> keys) {
        if (!keys.isEmpty() && keys.size() <= HEADER_KEYS) {
            List<String> sorted = keys.stream().sorted().toList();
            response.getResponseHeaders().set("Surrogate-Key", String.join(" ", sorted));
            response.getResponseHeaders().set("Cache-Tag", String.join(",", sorted));
        }
        return response;
    }

    private boolean servable(Answer kept) {
        return kept.ageSeconds() <= staleIfError.toSeconds();
    }

    /** A kept answer served while the database is out, marked with its age in the header and the body. */
    private static Counter answers(MeterRegistry meters, String outcome) {
        return Counter.builder("chancery.graphql.answers")
                .description("GraphQL queries that could be answered from the answer cache, by outcome")
                .tag("outcome", outcome)
                .register(meters);
    }

    private WebGraphQlResponse stale(DocumentKey document, Answer kept) {
        staleHits.increment();
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

    private boolean keepable(WebGraphQlResponse response, DocumentKey document) {
        return response.isValid()
                && response.getErrors().isEmpty()
                && response.getExtensions().isEmpty()
                && documents.operation(document.document(), document.operation())
                        == OperationDefinition.Operation.QUERY;
    }

    private void keep(Key key, long version, Set<String> reads, @Nullable Object data) {
        String written = json.writeValueAsString(data);
        long size = 2L * written.length() + 2L * key.document().document().length() + 64L * reads.size() + 256;
        if (size <= capacity / 8) {
            answers.put(
                    key,
                    new Answer(
                            version,
                            reads,
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
