package org.chancery.admin;

import java.util.List;
import java.util.function.Predicate;
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

    /** Whether the citations disagree, as the domain's {@code Claim.contested} says. */
    public boolean contested() {
        return !affirming().isEmpty() && !contradicting().isEmpty();
    }

    /** The sources of the citations that affirm the claim, each once. */
    public List<SourceRef> affirming() {
        return sources(c -> c.modality().affirms());
    }

    /** The sources of the citations that deny or dispute the claim, each once. */
    public List<SourceRef> contradicting() {
        return sources(c -> c.modality().contradicts());
    }

    private List<SourceRef> sources(Predicate<CitationView> which) {
        return citations.stream()
                .filter(which)
                .map(CitationView::source)
                .distinct()
                .toList();
    }
}
