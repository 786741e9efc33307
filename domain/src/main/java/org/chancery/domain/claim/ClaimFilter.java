package org.chancery.domain.claim;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import org.chancery.domain.Bounds;
import org.chancery.domain.EntityId;
import org.chancery.domain.SourceId;
import org.chancery.domain.time.EdtfDate;
import org.jspecify.annotations.Nullable;

/**
 * Which claims a question asks for; every condition given must hold. Built from {@link #ALL} by naming
 * the conditions: {@code ClaimFilter.ALL.withSubject(id).withValidAt(date)}.
 *
 * @param subject claims about this entity
 * @param object claims whose object is this entity
 * @param involving claims with this entity as subject or object
 * @param predicates claims stating one of these predicates; empty for any
 * @param validAt claims that may have held during this date
 * @param ranks claims of these ranks; empty for all but deprecated ones
 * @param source claims citing this source
 * @param modalities claims with a citation of one of these modalities; empty for any
 * @param contested only claims whose citations disagree ({@link Claim#contested}), only those whose do
 *     not, or ({@code null}) either
 * @param bestRank per subject and predicate, only the preferred claims if there are any, else the
 *     normal ones, among those the other conditions keep (Wikidata's "truthy" statements)
 * @param knownAt the registry as it stood at this moment; {@code null} for now
 */
public record ClaimFilter(
        @Nullable EntityId subject,
        @Nullable EntityId object,
        @Nullable EntityId involving,
        Set<String> predicates,
        @Nullable EdtfDate validAt,
        Set<Rank> ranks,
        @Nullable SourceId source,
        Set<Modality> modalities,
        @Nullable Boolean contested,
        boolean bestRank,
        @Nullable Instant knownAt) {

    public static final ClaimFilter ALL =
            new ClaimFilter(null, null, null, Set.of(), null, Set.of(), null, Set.of(), null, false, null);

    /** The most predicates one filter names. */
    public static final int MAX_PREDICATES = 50;

    public ClaimFilter {
        predicates = Set.copyOf(Bounds.atMost("predicates", predicates, MAX_PREDICATES));
        ranks = Set.copyOf(ranks);
        modalities = Set.copyOf(modalities);
    }

    public ClaimFilter withSubject(@Nullable EntityId entity) {
        return new ClaimFilter(
                entity,
                object,
                involving,
                predicates,
                validAt,
                ranks,
                source,
                modalities,
                contested,
                bestRank,
                knownAt);
    }

    public ClaimFilter withObject(@Nullable EntityId entity) {
        return new ClaimFilter(
                subject,
                entity,
                involving,
                predicates,
                validAt,
                ranks,
                source,
                modalities,
                contested,
                bestRank,
                knownAt);
    }

    public ClaimFilter withInvolving(@Nullable EntityId entity) {
        return new ClaimFilter(
                subject, object, entity, predicates, validAt, ranks, source, modalities, contested, bestRank, knownAt);
    }

    /** Claims stating one of {@code keys}; none (or {@code null}) for any predicate. */
    public ClaimFilter withPredicates(@Nullable Collection<String> keys) {
        return new ClaimFilter(
                subject,
                object,
                involving,
                orNone(keys),
                validAt,
                ranks,
                source,
                modalities,
                contested,
                bestRank,
                knownAt);
    }

    public ClaimFilter withValidAt(@Nullable EdtfDate date) {
        return new ClaimFilter(
                subject, object, involving, predicates, date, ranks, source, modalities, contested, bestRank, knownAt);
    }

    /** Claims of the ranks {@code wanted}; none (or {@code null}) for all but deprecated ones. */
    public ClaimFilter withRanks(@Nullable Collection<Rank> wanted) {
        return new ClaimFilter(
                subject,
                object,
                involving,
                predicates,
                validAt,
                orNone(wanted),
                source,
                modalities,
                contested,
                bestRank,
                knownAt);
    }

    public ClaimFilter withSource(@Nullable SourceId cited) {
        return new ClaimFilter(
                subject,
                object,
                involving,
                predicates,
                validAt,
                ranks,
                cited,
                modalities,
                contested,
                bestRank,
                knownAt);
    }

    /** Claims with a citation of one of the modalities {@code wanted}; none (or {@code null}) for any. */
    public ClaimFilter withModalities(@Nullable Collection<Modality> wanted) {
        return new ClaimFilter(
                subject,
                object,
                involving,
                predicates,
                validAt,
                ranks,
                source,
                orNone(wanted),
                contested,
                bestRank,
                knownAt);
    }

    /** Only contested claims ({@code true}), only uncontested ones ({@code false}), or either. */
    public ClaimFilter withContested(@Nullable Boolean wanted) {
        return new ClaimFilter(
                subject, object, involving, predicates, validAt, ranks, source, modalities, wanted, bestRank, knownAt);
    }

    public ClaimFilter withBestRank(boolean best) {
        return new ClaimFilter(
                subject, object, involving, predicates, validAt, ranks, source, modalities, contested, best, knownAt);
    }

    public ClaimFilter withKnownAt(@Nullable Instant moment) {
        return new ClaimFilter(
                subject,
                object,
                involving,
                predicates,
                validAt,
                ranks,
                source,
                modalities,
                contested,
                bestRank,
                moment);
    }

    private static <T> Set<T> orNone(@Nullable Collection<T> items) {
        return items == null ? Set.of() : Set.copyOf(items);
    }
}
