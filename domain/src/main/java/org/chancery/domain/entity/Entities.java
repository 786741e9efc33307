package org.chancery.domain.entity;

import java.util.Collection;
import java.util.Map;
import org.chancery.domain.revision.Versions;

/** The stored entities and their versions. */
public interface Entities extends Versions<EntityId, Entity> {

    /** The current state of each of {@code ids} that exists, in one round trip. */
    Map<EntityId, Entity> findAll(Collection<EntityId> ids);
}
