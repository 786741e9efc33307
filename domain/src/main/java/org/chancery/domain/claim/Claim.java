package org.chancery.domain.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.chancery.domain.ClaimId;
import org.chancery.domain.EntityId;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.Texts;
import org.chancery.domain.time.EdtfDate;
import org.chancery.domain.time.ValidTime;
import org.jspecify.annotations.Nullable;

/**
 * A sourced statement about an entity, as one revision left it. See {@link ClaimDraft} for the content.
 *
 * @param rank how the registry holds it
 * @param deprecationReason why it was found wrong, exactly when its rank is {@link Rank#DEPRECATED}
 */
public record Claim(
        ClaimId id,
        EntityId subject,
        String predicate,
        ClaimValue object,
        @Nullable EdtfDate validFrom,
        @Nullable EdtfDate validUntil,
        List<Qualifier> qualifiers,
        Rank rank,
        @Nullable String deprecationReason,
        List<Citation> citations) {

    public static final int MAX_REASON = 2000;

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(rank, "rank");
        qualifiers = List.copyOf(qualifiers);
        citations = List.copyOf(citations);
    }

    /** A new claim with the content of {@code draft}. */
    public static Claim of(ClaimId id, ClaimDraft draft) {
        requireLiveRank(draft.rank());
        return new Claim(
                id,
                draft.subject(),
                draft.predicate(),
                draft.object(),
                draft.validFrom(),
                draft.validUntil(),
                draft.qualifiers(),
                draft.rank(),
                null,
                draft.citations());
    }

    public ClaimDraft content() {
        return new ClaimDraft(subject, predicate, object, validFrom, validUntil, qualifiers, rank, citations);
    }

    public ValidTime validTime() {
        return new ValidTime(validFrom, validUntil);
    }

    public boolean deprecated() {
        return rank == Rank.DEPRECATED;
    }

    /** This claim with the content of {@code draft}; a deprecated claim is restored before it is corrected. */
    public Claim correct(ClaimDraft draft) {
        if (deprecated()) {
            throw new InvalidInputException("rank", "%s is deprecated: restore it before correcting it".formatted(id));
        }
        return of(id, draft);
    }

    /** This claim, marked as wrong for {@code reason}. */
    public Claim deprecate(@Nullable String reason) {
        if (deprecated()) {
            throw new InvalidInputException("rank", "%s is deprecated already".formatted(id));
        }
        String checked = Texts.required("reason", reason, MAX_REASON);
        return new Claim(
                id, subject, predicate, object, validFrom, validUntil, qualifiers, Rank.DEPRECATED, checked, citations);
    }

    /** This claim with its deprecation taken back, at {@code rank}, the rank it had before. */
    public Claim restore(Rank rank) {
        if (!deprecated()) {
            throw new InvalidInputException("rank", "%s is not deprecated".formatted(id));
        }
        requireLiveRank(rank);
        return new Claim(id, subject, predicate, object, validFrom, validUntil, qualifiers, rank, null, citations);
    }

    /**
     * Whether {@code other} states what this claim states: the same subject, predicate, object, dates and
     * details, whatever their citations and rank.
     */
    public boolean statesTheSameAs(Claim other) {
        return subject.equals(other.subject)
                && predicate.equals(other.predicate)
                && object.equals(other.object)
                && Objects.equals(validFrom, other.validFrom)
                && Objects.equals(validUntil, other.validUntil)
                && qualifiers.size() == other.qualifiers.size()
                && Set.copyOf(qualifiers).equals(Set.copyOf(other.qualifiers));
    }

    /** Whether this claim refers to {@code entity} anywhere: subject, object, qualifier or attribution. */
    public boolean refersTo(EntityId entity) {
        return !equals(replace(entity, new EntityId(0)));
    }

    /** This claim with every reference to {@code from} pointing to {@code to}, as a merge moves it. */
    public Claim replace(EntityId from, EntityId to) {
        return mapEntities(e -> e.equals(from) ? to : e);
    }

    /**
     * This claim with references to {@code survivor} pointing back to {@code merged} wherever
     * {@code beforeMerge}, the revision a merge replaced, referred to {@code merged} in the same place.
     */
    public Claim unmerge(Claim beforeMerge, EntityId survivor, EntityId merged) {
        UnaryOperator<EntityId> back = e -> e.equals(survivor) ? merged : e;
        List<Qualifier> backQualifiers = new ArrayList<>();
        for (int i = 0; i < qualifiers.size(); i++) {
            Qualifier q = qualifiers.get(i);
            boolean wasMerged = i < beforeMerge.qualifiers.size()
                    && isEntity(beforeMerge.qualifiers.get(i).value(), merged);
            backQualifiers.add(wasMerged ? new Qualifier(q.predicate(), mapValue(q.value(), back)) : q);
        }
        List<Citation> backCitations = new ArrayList<>();
        for (int i = 0; i < citations.size(); i++) {
            Citation c = citations.get(i);
            List<AttributionLink> before = i < beforeMerge.citations.size()
                    ? beforeMerge.citations.get(i).attribution()
                    : List.of();
            List<AttributionLink> links = new ArrayList<>();
            for (int j = 0; j < c.attribution().size(); j++) {
                AttributionLink link = c.attribution().get(j);
                boolean wasMerged =
                        j < before.size() && merged.equals(before.get(j).entity());
                links.add(wasMerged && link.entity() != null ? AttributionLink.of(back.apply(link.entity())) : link);
            }
            backCitations.add(new Citation(c.source(), c.quote(), c.locator(), links, c.modality(), c.quotePosition()));
        }
        return new Claim(
                id,
                beforeMerge.subject.equals(merged) ? back.apply(subject) : subject,
                predicate,
                isEntity(beforeMerge.object, merged) ? mapValue(object, back) : object,
                validFrom,
                validUntil,
                backQualifiers,
                rank,
                deprecationReason,
                backCitations);
    }

    private static boolean isEntity(ClaimValue value, EntityId entity) {
        return value instanceof ClaimValue.EntityValue e && e.entity().equals(entity);
    }

    private Claim mapEntities(UnaryOperator<EntityId> map) {
        List<Qualifier> mappedQualifiers = new ArrayList<>();
        for (Qualifier q : qualifiers) {
            mappedQualifiers.add(new Qualifier(q.predicate(), mapValue(q.value(), map)));
        }
        List<Citation> mappedCitations = new ArrayList<>();
        for (Citation c : citations) {
            List<AttributionLink> links = c.attribution().stream()
                    .map(l -> l.entity() == null ? l : new AttributionLink(map.apply(l.entity()), l.text()))
                    .toList();
            mappedCitations.add(
                    new Citation(c.source(), c.quote(), c.locator(), links, c.modality(), c.quotePosition()));
        }
        return new Claim(
                id,
                map.apply(subject),
                predicate,
                mapValue(object, map),
                validFrom,
                validUntil,
                mappedQualifiers,
                rank,
                deprecationReason,
                mappedCitations);
    }

    /**
     * Whether the citations disagree: one affirms the claim (STATED or ATTRIBUTED) and another speaks
     * against it (DENIED or DISPUTED).
     */
    public boolean contested() {
        return citations.stream().anyMatch(c -> c.modality().affirms())
                && citations.stream().anyMatch(c -> c.modality().contradicts());
    }

    private static ClaimValue mapValue(ClaimValue value, UnaryOperator<EntityId> map) {
        return value instanceof ClaimValue.EntityValue e ? new ClaimValue.EntityValue(map.apply(e.entity())) : value;
    }

    private static void requireLiveRank(Rank rank) {
        if (rank == Rank.DEPRECATED) {
            throw new InvalidInputException("rank", "Deprecate a claim with its own action, giving a reason");
        }
    }
}
