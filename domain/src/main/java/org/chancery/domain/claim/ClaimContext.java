package org.chancery.domain.claim;

import java.util.Optional;
import org.chancery.domain.EntityId;
import org.chancery.domain.SourceId;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.source.CitedSource;
import org.chancery.domain.vocabulary.Predicate;

/** What the claim rules look up: the registry's current state, or a dataset's as it is read. */
public interface ClaimContext {

    Optional<Predicate> predicate(String key);

    /** The kind of {@code id}, if it exists and was not merged into another entity. */
    Optional<EntityKind> entityKind(EntityId id);

    Optional<CitedSource> source(SourceId id);
}
