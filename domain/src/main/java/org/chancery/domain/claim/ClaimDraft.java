package org.chancery.domain.claim;

import java.util.List;
import java.util.Objects;
import org.chancery.domain.Bounds;
import org.chancery.domain.EntityId;
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

    public static final int MAX_QUALIFIERS = 20;
    public static final int MAX_CITATIONS = 20;
    public static final int MAX_ATTRIBUTION = 10;

    public ClaimDraft {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(rank, "rank");
        qualifiers = List.copyOf(qualifiers);
        citations = List.copyOf(citations);
    }

    /**
     * This draft, once its lists hold no more than their bounds allow: checked before anything is read,
     * the rest of {@link ClaimRules} after.
     */
    public ClaimDraft bounded() {
        Bounds.atMost("qualifiers", qualifiers, MAX_QUALIFIERS);
        Bounds.atMost("citations", citations, MAX_CITATIONS);
        for (int i = 0; i < citations.size(); i++) {
            Bounds.atMost(
                    "citations[%d].attribution".formatted(i), citations.get(i).attribution(), MAX_ATTRIBUTION);
        }
        return this;
    }
}
