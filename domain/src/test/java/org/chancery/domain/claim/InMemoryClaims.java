package org.chancery.domain.claim;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancery.domain.ClaimId;
import org.chancery.domain.EntityId;
import org.chancery.domain.PageRequest;
import org.chancery.domain.Slice;
import org.chancery.domain.SourceId;
import org.chancery.domain.revision.InMemoryVersions;
import org.chancery.domain.revision.RecordClock;
import org.chancery.domain.revision.Version;

/** {@link Claims} kept in memory, for tests. */
public class InMemoryClaims extends InMemoryVersions<ClaimId, Claim> implements Claims {

    public InMemoryClaims(RecordClock clock) {
        super(ClaimId::new, clock);
    }

    public InMemoryClaims() {
        this(new RecordClock());
    }

    /** Stores {@code claim} under its own id. */
    public InMemoryClaims with(Claim claim) {
        store(claim.id(), claim);
        return this;
    }

    @Override
    public List<Claim> referencing(EntityId entity) {
        return all().stream().filter(c -> c.refersTo(entity)).toList();
    }

    @Override
    public List<Claim> citing(SourceId source) {
        return all().stream()
                .filter(c -> c.citations().stream()
                        .anyMatch(citation -> citation.source().equals(source)))
                .toList();
    }

    @Override
    public List<Version<Claim>> find(ClaimFilter filter) {
        List<Claim> known = known(filter);
        return known.stream()
                .filter(c -> matches(c, filter) && hasRank(c, filter) && isBest(c, known, filter))
                .map(c -> at(c.id(), filter.knownAt()).orElseThrow())
                .toList();
    }

    @Override
    public Slice<Version<Claim>> find(ClaimFilter filter, PageRequest page) {
        return page(find(filter), v -> v.state().id().value(), page);
    }

    @Override
    public Map<SourceId, Slice<Version<Claim>>> pagesCiting(
            Collection<SourceId> sources, ClaimFilter filter, PageRequest page) {
        Map<SourceId, Slice<Version<Claim>>> pages = new HashMap<>();
        sources.forEach(source -> pages.put(source, find(filter.withSource(source), page)));
        return pages;
    }

    @Override
    public Map<EntityId, Slice<Version<Claim>>> pages(
            Collection<EntityId> entities, Side side, ClaimFilter filter, PageRequest page) {
        Map<EntityId, Slice<Version<Claim>>> pages = new HashMap<>();
        for (EntityId entity : entities) {
            ClaimFilter one = switch (side) {
                case SUBJECT -> filter.withSubject(entity);
                case OBJECT -> filter.withObject(entity);
                case EITHER -> filter.withInvolving(entity);
            };
            pages.put(entity, find(one, page));
        }
        return pages;
    }

    @Override
    public long count(ClaimFilter filter) {
        return find(filter).size();
    }

    /** Every claim as the registry stood at the filter's {@code knownAt}, by id. */
    private List<Claim> known(ClaimFilter filter) {
        return ids().stream()
                .sorted()
                .map(id -> at(id, filter.knownAt()))
                .flatMap(Optional::stream)
                .map(Version::state)
                .toList();
    }

    private static boolean hasRank(Claim c, ClaimFilter f) {
        return f.ranks().isEmpty() ? !c.deprecated() : f.ranks().contains(c.rank());
    }

    /** Preferred, or no preferred claim of the same subject and predicate meets the other conditions. */
    private static boolean isBest(Claim c, List<Claim> known, ClaimFilter f) {
        return !f.bestRank()
                || c.rank() == Rank.PREFERRED
                || known.stream()
                        .noneMatch(p -> p.rank() == Rank.PREFERRED
                                && p.subject().equals(c.subject())
                                && p.predicate().equals(c.predicate())
                                && matches(p, f));
    }

    /** Every condition of {@code f} but the rank and best rank. */
    private static boolean matches(Claim c, ClaimFilter f) {
        EntityId involving = f.involving();
        return (f.subject() == null || c.subject().equals(f.subject()))
                && (f.object() == null || c.object().equals(ClaimValue.entity(f.object())))
                && (involving == null
                        || c.subject().equals(involving)
                        || c.object().equals(ClaimValue.entity(involving)))
                && (f.predicates().isEmpty() || f.predicates().contains(c.predicate()))
                && (f.validAt() == null || c.validTime().during(f.validAt()).isPresent())
                && (f.source() == null
                        || c.citations().stream().anyMatch(x -> x.source().equals(f.source())))
                && (f.modalities().isEmpty()
                        || c.citations().stream().anyMatch(x -> f.modalities().contains(x.modality())))
                && (f.contested() == null || f.contested() == c.contested());
    }
}
