package org.chancery.domain.claim;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.chancery.domain.ClaimId;
import org.chancery.domain.EntityId;
import org.chancery.domain.PageRequest;
import org.chancery.domain.Slice;
import org.chancery.domain.SourceId;
import org.chancery.domain.revision.Version;
import org.chancery.domain.revision.Versions;
import org.chancery.domain.source.CitedQuotes;
import org.jspecify.annotations.Nullable;

/** The stored claims and their versions. */
public interface Claims extends Versions<ClaimId, Claim>, CitedQuotes {

    /** The current claims that refer to {@code entity} anywhere: subject, object, qualifier or attribution. */
    List<Claim> referencing(EntityId entity);

    /** The current claims with a citation of {@code source}. */
    List<Claim> citing(SourceId source);

    @Override
    default List<String> quotesCiting(SourceId source) {
        return citing(source).stream()
                .flatMap(claim -> claim.citations().stream())
                .filter(citation -> citation.source().equals(source))
                .map(Citation::quote)
                .toList();
    }

    /** The claims {@code filter} asks for, as the registry stood at its {@code knownAt}, by id. */
    List<Version<Claim>> find(ClaimFilter filter);

    /** A page of the claims {@code filter} asks for, by id. */
    Slice<Version<Claim>> find(ClaimFilter filter, PageRequest page);

    /** How many claims {@code filter} asks for. */
    long count(ClaimFilter filter);

    /**
     * For each of {@code entities}, a page of the claims {@code filter} asks for that have the entity on
     * {@code side}: all in one round trip, the way a list of entities shows each one's claims.
     */
    Map<EntityId, Slice<Version<Claim>>> pages(
            Collection<EntityId> entities, Side side, ClaimFilter filter, PageRequest page);

    /** For each of {@code sources}, a page of the claims {@code filter} asks for that cite it, in one round trip. */
    Map<SourceId, Slice<Version<Claim>>> pagesCiting(
            Collection<SourceId> sources, ClaimFilter filter, PageRequest page);

    /** Where an entity stands in a claim. */
    enum Side {
        /** The claim is about the entity. */
        SUBJECT,
        /** The claim points to the entity. */
        OBJECT,
        /** Either. */
        EITHER
    }

    /** The versions of each of {@code ids} current at {@code knownAt} ({@code null} for now), in one round trip. */
    Map<ClaimId, Version<Claim>> findAll(Collection<ClaimId> ids, @Nullable Instant knownAt);
}
