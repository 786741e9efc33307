package org.chancery.admin;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chancery.domain.EntityId;
import org.chancery.domain.SourceId;
import org.chancery.domain.claim.AttributionLink;
import org.chancery.domain.claim.Citation;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.ClaimValue;
import org.chancery.domain.claim.Qualifier;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.entity.Entity;
import org.chancery.domain.revision.Version;
import org.chancery.domain.source.Source;
import org.chancery.domain.source.Sources;
import org.chancery.domain.vocabulary.Predicate;
import org.chancery.domain.vocabulary.Predicates;
import org.springframework.stereotype.Component;

/**
 * Turns claims into {@link ClaimCard}s, loading everything they refer to at once: the vocabulary, every
 * entity (subjects, objects, qualifiers, attributions) in one statement and every source in another,
 * however many claims there are.
 */
@Component
public class ClaimCardAssembler {

    private final Entities entities;
    private final Sources sources;
    private final Predicates predicates;
    private final DateWording dates;

    ClaimCardAssembler(Entities entities, Sources sources, Predicates predicates, DateWording dates) {
        this.entities = entities;
        this.sources = sources;
        this.predicates = predicates;
        this.dates = dates;
    }

    /** What {@code claims} refer to, and the entities and sources in {@code moreEntities} and {@code moreSources}. */
    public Batch load(Collection<Claim> claims, Collection<EntityId> moreEntities, Collection<SourceId> moreSources) {
        Set<EntityId> entityIds = new HashSet<>(moreEntities);
        Set<SourceId> sourceIds = new HashSet<>(moreSources);
        for (Claim claim : claims) {
            entityIds.add(claim.subject());
            addEntity(entityIds, claim.object());
            claim.qualifiers().forEach(q -> addEntity(entityIds, q.value()));
            for (Citation citation : claim.citations()) {
                sourceIds.add(citation.source());
                citation.attribution().stream()
                        .map(AttributionLink::entity)
                        .filter(Objects::nonNull)
                        .forEach(entityIds::add);
            }
        }
        Map<String, Predicate> vocabulary =
                predicates.all().stream().collect(Collectors.toMap(Predicate::key, Function.identity()));
        return new Batch(
                entityIds.isEmpty() ? Map.of() : entities.findAll(entityIds, null),
                sourceIds.isEmpty() ? Map.of() : sources.findAll(sourceIds, null),
                vocabulary);
    }

    private static void addEntity(Set<EntityId> ids, ClaimValue value) {
        if (value instanceof ClaimValue.EntityValue e) {
            ids.add(e.entity());
        }
    }

    /** The entities, sources and predicates loaded for a page, and the views made of them. */
    public final class Batch {

        private final Map<EntityId, Version<Entity>> entityVersions;
        private final Map<SourceId, Version<Source>> sourceVersions;
        private final Map<String, Predicate> vocabulary;

        Batch(
                Map<EntityId, Version<Entity>> entityVersions,
                Map<SourceId, Version<Source>> sourceVersions,
                Map<String, Predicate> vocabulary) {
            this.entityVersions = entityVersions;
            this.sourceVersions = sourceVersions;
            this.vocabulary = vocabulary;
        }

        public ClaimCard card(Claim claim) {
            return new ClaimCard(
                    claim.id().toString(),
                    entity(claim.subject()),
                    predicate(claim.predicate()),
                    value(claim.object()),
                    dates.view(claim.validFrom()),
                    dates.view(claim.validUntil()),
                    claim.qualifiers().stream().map(this::qualifier).toList(),
                    claim.rank(),
                    claim.deprecationReason(),
                    claim.citations().stream().map(this::citation).toList());
        }

        public EntityRef entity(EntityId id) {
            Version<Entity> version = entityVersions.get(id);
            if (version == null) {
                return new EntityRef(id.toString(), id.toString(), null, null);
            }
            Entity entity = version.state();
            EntityId mergedInto = entity.mergedInto();
            return new EntityRef(
                    id.toString(), entity.name(), entity.kind(), mergedInto == null ? null : mergedInto.toString());
        }

        public SourceRef source(SourceId id) {
            Version<Source> version = sourceVersions.get(id);
            return version == null
                    ? new SourceRef(id.toString(), id.toString(), null)
                    : new SourceRef(
                            id.toString(),
                            version.state().title(),
                            SourceRef.linkable(version.state().url()));
        }

        public PredicateView predicate(String key) {
            Predicate predicate = vocabulary.get(key);
            return predicate == null
                    ? new PredicateView(key, key, key)
                    : new PredicateView(key, predicate.label(), predicate.inverseLabel());
        }

        public ValueView value(ClaimValue value) {
            if (value instanceof ClaimValue.EntityValue e) {
                return ValueView.of(entity(e.entity()));
            }
            if (value instanceof ClaimValue.TextValue t) {
                return new ValueView(null, t.text(), null);
            }
            return new ValueView(null, null, dates.view(((ClaimValue.DateValue) value).date()));
        }

        private QualifierView qualifier(Qualifier qualifier) {
            return new QualifierView(predicate(qualifier.predicate()), value(qualifier.value()));
        }

        private CitationView citation(Citation citation) {
            List<AttributionView> chain = citation.attribution().stream()
                    .map(link -> link.entity() != null
                            ? new AttributionView(entity(link.entity()), null)
                            : new AttributionView(null, link.text()))
                    .toList();
            return new CitationView(
                    source(citation.source()), citation.quote(), citation.locator(), chain, citation.modality());
        }
    }
}
