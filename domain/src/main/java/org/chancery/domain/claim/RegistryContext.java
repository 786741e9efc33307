package org.chancery.domain.claim;

import java.util.Optional;
import org.chancery.domain.EntityId;
import org.chancery.domain.SourceId;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.entity.Entity;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.revision.Version;
import org.chancery.domain.source.CitedSource;
import org.chancery.domain.source.Sources;
import org.chancery.domain.vocabulary.Predicate;
import org.chancery.domain.vocabulary.Predicates;

/** The claim rules' look-ups answered from the registry's current state. */
public record RegistryContext(Predicates predicates, Entities entities, Sources sources) implements ClaimContext {

    @Override
    public Optional<Predicate> predicate(String key) {
        return predicates.find(key);
    }

    @Override
    public Optional<EntityKind> entityKind(EntityId id) {
        return entities.find(id).map(Version::state).filter(e -> !e.merged()).map(Entity::kind);
    }

    @Override
    public Optional<CitedSource> source(SourceId id) {
        return sources.find(id).map(v -> CitedSource.of(v.state()));
    }
}
