package org.chancery.domain.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.chancery.domain.EntityId;
import org.chancery.domain.PageRequest;
import org.chancery.domain.Slice;
import org.chancery.domain.revision.InMemoryVersions;
import org.chancery.domain.revision.RecordClock;
import org.chancery.domain.revision.Version;

/** {@link Entities} kept in memory, for tests. */
public class InMemoryEntities extends InMemoryVersions<EntityId, Entity> implements Entities {

    public InMemoryEntities(RecordClock clock) {
        super(EntityId::new, clock);
    }

    public InMemoryEntities() {
        this(new RecordClock());
    }

    /** Stores {@code entity} under its own id. */
    public InMemoryEntities with(Entity entity) {
        store(entity.id(), entity);
        return this;
    }

    @Override
    public Slice<Version<Entity>> search(EntitySearch search, PageRequest page) {
        return rankedPage(matching(search), v -> v.state().id().value(), v -> search.rank(v.state()), page);
    }

    @Override
    public long count(EntitySearch search) {
        return matching(search).size();
    }

    @Override
    public List<EntityId> named(String key, int limit) {
        return ids().stream()
                .sorted()
                .map(id -> at(id, null))
                .flatMap(Optional::stream)
                .map(Version::state)
                .filter(e ->
                        !e.merged() && e.names().stream().map(SearchKey::of).anyMatch(key::equals))
                .map(Entity::id)
                .limit(limit)
                .toList();
    }

    /** Entities not merged away, of the kinds asked for, with a name that holds every word searched for. */
    private List<Version<Entity>> matching(EntitySearch search) {
        if (search.matchesNothing()) {
            return List.of();
        }
        String key = search.key();
        List<String> words = key == null ? List.of() : Arrays.asList(key.split(" "));
        return ids().stream()
                .sorted()
                .map(id -> at(id, search.knownAt()))
                .flatMap(Optional::stream)
                .filter(v -> !v.state().merged())
                .filter(v -> search.kinds().isEmpty()
                        || search.kinds().contains(v.state().kind()))
                .filter(v -> v.state().names().stream()
                        .map(SearchKey::of)
                        .anyMatch(name -> words.stream().allMatch(name::contains)))
                .toList();
    }
}
