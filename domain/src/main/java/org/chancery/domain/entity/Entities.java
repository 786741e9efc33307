package org.chancery.domain.entity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.chancery.domain.EntityId;
import org.chancery.domain.PageRequest;
import org.chancery.domain.Slice;
import org.chancery.domain.revision.Version;
import org.chancery.domain.revision.Versions;
import org.jspecify.annotations.Nullable;

/** The stored entities and their versions. */
public interface Entities extends Versions<EntityId, Entity> {

    /** The versions of each of {@code ids} current at {@code knownAt} ({@code null} for now), in one round trip. */
    Map<EntityId, Version<Entity>> findAll(Collection<EntityId> ids, @Nullable Instant knownAt);

    /** A page of the entities {@code search} asks for, by id. */
    Slice<Version<Entity>> search(EntitySearch search, PageRequest page);

    /**
     * The current entities, not merged away, with a name or an alias whose search key is exactly {@code
     * key}, by id: at most {@code limit} of them.
     */
    List<EntityId> named(String key, int limit);

    /** How many entities {@code search} asks for. */
    long count(EntitySearch search);
}
