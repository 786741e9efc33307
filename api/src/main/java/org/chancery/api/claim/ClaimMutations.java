package org.chancery.api.claim;

import java.util.List;
import org.chancery.api.Ids;
import org.chancery.domain.ClaimId;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.ClaimCuration;
import org.chancery.domain.claim.Rank;
import org.chancery.domain.revision.Version;
import org.chancery.domain.security.Actor;
import org.chancery.domain.time.EdtfDate;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The mutations that assert, correct, deprecate, restore and revert claims; each checks the actor in its use case. */
@Controller
class ClaimMutations {

    private final ClaimCuration curation;

    ClaimMutations(ClaimCuration curation) {
        this.curation = curation;
    }

    record CorrectClaimInput(
            String id,
            int expectedRevision,
            String reason,
            String subject,
            String predicate,
            ClaimInput.ValueInput object,
            @Nullable EdtfDate validFrom,
            @Nullable EdtfDate validUntil,
            @Nullable List<ClaimInput.QualifierInput> qualifiers,
            @Nullable Rank rank,
            List<ClaimInput.CitationInput> citations) {

        ClaimInput content() {
            return new ClaimInput(subject, predicate, object, validFrom, validUntil, qualifiers, rank, citations);
        }
    }

    record DeprecateClaimInput(String id, int expectedRevision, String reason) {}

    record RestoreClaimInput(
            String id, int expectedRevision, @Nullable String summary) {}

    record RevertClaimInput(
            String id,
            int expectedRevision,
            int toRevision,
            @Nullable String summary) {}

    record ClaimPayload(ClaimNode claim) {}

    @MutationMapping
    ClaimPayload assertClaim(@Argument ClaimInput input, @ContextValue Actor actor) {
        return payload(curation.assertClaim(actor, input.toDraft()));
    }

    @MutationMapping
    ClaimPayload correctClaim(@Argument CorrectClaimInput input, @ContextValue Actor actor) {
        ClaimId id = Ids.claim("id", input.id());
        return payload(curation.correct(
                actor, id, input.expectedRevision(), input.content().toDraft(), input.reason()));
    }

    @MutationMapping
    ClaimPayload deprecateClaim(@Argument DeprecateClaimInput input, @ContextValue Actor actor) {
        return payload(
                curation.deprecate(actor, Ids.claim("id", input.id()), input.expectedRevision(), input.reason()));
    }

    @MutationMapping
    ClaimPayload restoreClaim(@Argument RestoreClaimInput input, @ContextValue Actor actor) {
        return payload(curation.restore(actor, Ids.claim("id", input.id()), input.expectedRevision(), input.summary()));
    }

    @MutationMapping
    ClaimPayload revertClaim(@Argument RevertClaimInput input, @ContextValue Actor actor) {
        return payload(curation.revert(
                actor, Ids.claim("id", input.id()), input.expectedRevision(), input.toRevision(), input.summary()));
    }

    private static ClaimPayload payload(Version<Claim> version) {
        return new ClaimPayload(new ClaimNode(version, null));
    }
}
