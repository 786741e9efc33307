package org.chancery.domain.claim;

import java.util.List;
import java.util.Objects;
import org.chancery.domain.entity.EntityId;
import org.chancery.domain.time.EdtfDate;
import org.jspecify.annotations.Nullable;

/**
 * What a curator asserts: the content of a new claim or of a correction.
 *
 * @param subject what the claim is about
 * @param predicate the key of the relation it states
 * @param object what the subject relates to
 * @param validFrom from when it held, open when unknown or unbounded
 * @param validUntil the last day on which it held, open while it holds
 * @param qualifiers details
 * @param rank {@link Rank#PREFERRED} or {@link Rank#NORMAL}
 * @param citations at least one
 */
public record ClaimDraft(
        EntityId subject,
        String predicate,
        ClaimValue object,
        @Nullable EdtfDate validFrom,
        @Nullable EdtfDate validUntil,
        List<Qualifier> qualifiers,
        Rank rank,
        List<Citation> citations) {

    public ClaimDraft {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(rank, "rank");
        qualifiers = List.copyOf(qualifiers);
        citations = List.copyOf(citations);
    }
}
