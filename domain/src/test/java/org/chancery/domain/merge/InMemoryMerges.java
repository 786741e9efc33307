package org.chancery.domain.merge;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancery.domain.EntityId;

/** {@link Merges} kept in memory, for tests. */
public class InMemoryMerges implements Merges {

    private final Map<EntityId, Merge> byMerged = new LinkedHashMap<>();

    @Override
    public void add(Merge merge) {
        if (byMerged.putIfAbsent(merge.merged(), merge) != null) {
            throw new IllegalStateException("%s is merged already".formatted(merge.merged()));
        }
    }

    @Override
    public Optional<Merge> find(EntityId merged) {
        return Optional.ofNullable(byMerged.get(merged));
    }

    @Override
    public List<EntityId> mergedInto(EntityId survivor) {
        return byMerged.values().stream()
                .filter(m -> m.survivor().equals(survivor))
                .map(Merge::merged)
                .toList();
    }

    @Override
    public Map<EntityId, List<EntityId>> mergedInto(Collection<EntityId> survivors) {
        Map<EntityId, List<EntityId>> all = new HashMap<>();
        survivors.forEach(s -> all.put(s, mergedInto(s)));
        return all;
    }

    @Override
    public void remove(EntityId merged) {
        byMerged.remove(merged);
    }
}
