package org.chancery.api;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chancery.api.entity.EntityNode;
import org.chancery.api.source.SourceNode;
import org.chancery.domain.EntityId;
import org.chancery.domain.SourceId;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.revision.History;
import org.chancery.domain.revision.Review;
import org.chancery.domain.source.Sources;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import reactor.core.publisher.Mono;

/**
 * The batch loaders behind every nested field that reads the database: all the entities (or sources,
 * or reviews) asked for at one level of a query load in one statement per moment asked about.
 */
@Configuration(proxyBeanMethods = false)
public class Loaders {

    /** The name of the loader of a revision's reviews. */
    public static final String REVIEWS = "reviews";

    /** An entity as the registry stood at {@code knownAt} ({@code null} for now). */
    public record EntityKey(EntityId id, @Nullable Instant knownAt) {}

    /** A source as the registry stood at {@code knownAt} ({@code null} for now). */
    public record SourceKey(SourceId id, @Nullable Instant knownAt) {}

    Loaders(BatchLoaderRegistry registry, Entities entities, Sources sources, History history) {
        registry.forTypePair(EntityKey.class, EntityNode.class)
                .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> byMoment(
                        keys,
                        EntityKey::knownAt,
                        EntityKey::id,
                        (ids, at) -> entities.findAll(ids, at).values().stream()
                                .collect(Collectors.toMap(
                                        v -> new EntityKey(v.state().id(), at), v -> new EntityNode(v, at))))));
        registry.forTypePair(SourceKey.class, SourceNode.class)
                .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> byMoment(
                        keys,
                        SourceKey::knownAt,
                        SourceKey::id,
                        (ids, at) -> sources.findAll(ids, at).values().stream()
                                .collect(Collectors.toMap(
                                        v -> new SourceKey(v.state().id(), at), v -> new SourceNode(v, at))))));
        registry.<History.RevisionKey, List<Review>>forName(REVIEWS)
                .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> {
                    Map<History.RevisionKey, List<Review>> found = history.reviews(keys);
                    Map<History.RevisionKey, List<Review>> all = new HashMap<>();
                    keys.forEach(k -> all.put(k, found.getOrDefault(k, List.of())));
                    return all;
                }));
    }

    /** Loads {@code keys} with one call of {@code load} per moment asked about. */
    private static <K, I, V> Map<K, V> byMoment(
            Set<K> keys,
            Function<K, @Nullable Instant> moment,
            Function<K, I> id,
            BiFunction<List<I>, @Nullable Instant, Map<K, V>> load) {
        Map<Optional<Instant>, List<I>> groups = keys.stream()
                .collect(Collectors.groupingBy(
                        k -> Optional.ofNullable(moment.apply(k)), Collectors.mapping(id, Collectors.toList())));
        Map<K, V> loaded = new HashMap<>();
        groups.forEach((at, ids) -> loaded.putAll(load.apply(ids, at.orElse(null))));
        loaded.keySet().removeIf(k -> !keys.contains(k));
        Objects.requireNonNull(loaded);
        return loaded;
    }
}
