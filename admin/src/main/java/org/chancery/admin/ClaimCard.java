package org.chancery.admin;

import java.util.List;
import org.chancery.domain.claim.Rank;
import org.jspecify.annotations.Nullable;

/**
 * A claim as the curator pages show it, with the names of what it refers to.
 *
 * @param id its id, such as {@code C1234}
 * @param subject what it is about
 * @param predicate what it says of the subject
 * @param object what it relates the subject to
 * @param validFrom when it started to hold, if known
 * @param validUntil the last day on which it held, if known
 * @param qualifiers its details
 * @param rank how the registry holds it
 * @param deprecationReason why it was found wrong, when deprecated
 * @param citations what it rests on
 */
public record ClaimCard(
        String id,
        EntityRef subject,
        PredicateView predicate,
        ValueView object,
        @Nullable DateView validFrom,
        @Nullable DateView validUntil,
        List<QualifierView> qualifiers,
        Rank rank,
        @Nullable String deprecationReason,
        List<CitationView> citations) {

    public ClaimCard {
        qualifiers = List.copyOf(qualifiers);
        citations = List.copyOf(citations);
    }

    public boolean deprecated() {
        return rank == Rank.DEPRECATED;
    }
}
