package org.chancery.api;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chancery.domain.ChangeKeys;
import org.chancery.domain.NodeId;
import org.dataloader.BatchLoaderEnvironment;
import org.jspecify.annotations.Nullable;

/**
 * What the batch loaders behind nested fields share: all the objects asked for at one level of a query
 * load in one statement per moment asked about, and the answer has read each of them ({@link Reads}).
 */
public final class Loaders {

    private Loaders() {}

    /** Loads {@code keys} with one call of {@code load} per moment asked about. */
    public static <K, I extends NodeId, V> Map<K, V> byMoment(
            BatchLoaderEnvironment env,
            Set<K> keys,
            Function<K, @Nullable Instant> moment,
            Function<K, I> id,
            BiFunction<List<I>, @Nullable Instant, Map<K, V>> load) {
        Reads.add(env, keys.stream().map(k -> ChangeKeys.of(id.apply(k))).toList());
        Map<Optional<Instant>, List<I>> groups = keys.stream()
                .collect(Collectors.groupingBy(
                        k -> Optional.ofNullable(moment.apply(k)), Collectors.mapping(id, Collectors.toList())));
        Map<K, V> loaded = new HashMap<>();
        groups.forEach((at, ids) -> loaded.putAll(load.apply(ids, at.orElse(null))));
        loaded.keySet().removeIf(k -> !keys.contains(k));
        return loaded;
    }
}
