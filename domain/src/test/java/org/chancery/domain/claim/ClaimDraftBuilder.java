package org.chancery.domain.claim;

import java.util.List;
import org.chancery.domain.ClaimId;
import org.chancery.domain.EntityId;
import org.chancery.domain.Fixtures;
import org.chancery.domain.time.EdtfDate;
import org.jspecify.annotations.Nullable;

/** Builds claim drafts for tests, starting from {@link Fixtures#russiaRecognizesDonetsk()}. */
public final class ClaimDraftBuilder {

    private EntityId subject;
    private String predicate;
    private ClaimValue object;
    private @Nullable EdtfDate validFrom;
    private @Nullable EdtfDate validUntil;
    private List<Qualifier> qualifiers;
    private Rank rank;
    private List<Citation> citations;

    private ClaimDraftBuilder(ClaimDraft draft) {
        subject = draft.subject();
        predicate = draft.predicate();
        object = draft.object();
        validFrom = draft.validFrom();
        validUntil = draft.validUntil();
        qualifiers = draft.qualifiers();
        rank = draft.rank();
        citations = draft.citations();
    }

    /** Russia recognizes the DPR from 21 February 2022, citing the Vindobona article. */
    public static ClaimDraftBuilder aClaim() {
        return from(Fixtures.russiaRecognizesDonetsk());
    }

    public static ClaimDraftBuilder from(ClaimDraft draft) {
        return new ClaimDraftBuilder(draft);
    }

    public ClaimDraftBuilder subject(EntityId value) {
        subject = value;
        return this;
    }

    public ClaimDraftBuilder predicate(String key) {
        predicate = key;
        return this;
    }

    public ClaimDraftBuilder object(EntityId entity) {
        return object(ClaimValue.entity(entity));
    }

    public ClaimDraftBuilder object(ClaimValue value) {
        object = value;
        return this;
    }

    /** @param date an EDTF form, or {@code null} for an open start */
    public ClaimDraftBuilder validFrom(@Nullable String date) {
        validFrom = date == null ? null : EdtfDate.parse(date);
        return this;
    }

    /** @param date an EDTF form, or {@code null} for an open end */
    public ClaimDraftBuilder validUntil(@Nullable String date) {
        validUntil = date == null ? null : EdtfDate.parse(date);
        return this;
    }

    public ClaimDraftBuilder qualifiers(Qualifier... values) {
        qualifiers = List.of(values);
        return this;
    }

    public ClaimDraftBuilder rank(Rank value) {
        rank = value;
        return this;
    }

    public ClaimDraftBuilder citations(Citation... values) {
        citations = List.of(values);
        return this;
    }

    public ClaimDraft build() {
        return new ClaimDraft(subject, predicate, object, validFrom, validUntil, qualifiers, rank, citations);
    }

    /** The claim {@code C<id>} with this content, at the rank given (which may be deprecated). */
    public Claim claim(long id, @Nullable String deprecationReason) {
        return new Claim(
                new ClaimId(id),
                subject,
                predicate,
                object,
                validFrom,
                validUntil,
                qualifiers,
                rank,
                deprecationReason,
                citations);
    }

    /** The claim {@code C<id>} with this content. */
    public Claim claim(long id) {
        return claim(id, null);
    }
}
