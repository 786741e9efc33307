package org.chancery.domain.merge;

import java.time.Instant;
import java.util.Optional;
import org.chancery.domain.EntityId;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.entity.Entity;
import org.chancery.domain.revision.Version;
import org.jspecify.annotations.Nullable;

/**
 * Follows merges: an id of an entity merged into another stands for the one it was merged into, now or
 * at the moment asked about, as {@code entity(id)} and the claims filters read it.
 */
public final class SurvivorLookup {

    /** How many merges an id may be followed through before the chain counts as broken. */
    private static final int MAX_HOPS = 16;

    private final Entities entities;

    public SurvivorLookup(Entities entities) {
        this.entities = entities;
    }

    /** The entity {@code id} stands for: itself, or the one it was merged into; empty if there is none. */
    public Optional<Version<Entity>> of(EntityId id, @Nullable Instant knownAt) {
        EntityId current = id;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            Optional<Version<Entity>> version =
                    knownAt == null ? entities.find(current) : entities.find(current, knownAt);
            if (version.isEmpty() || version.get().state().mergedInto() == null) {
                return version;
            }
            current = version.get().state().mergedInto();
        }
        return Optional.empty();
    }

    /** The id of the entity {@code id} stands for; {@code id} itself when the registry has no such entity. */
    public @Nullable EntityId idOf(@Nullable EntityId id, @Nullable Instant knownAt) {
        return id == null ? null : of(id, knownAt).map(v -> v.state().id()).orElse(id);
    }
}
