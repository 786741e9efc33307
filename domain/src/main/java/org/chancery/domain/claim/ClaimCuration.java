package org.chancery.domain.claim;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.chancery.domain.ClaimId;
import org.chancery.domain.ConflictException;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.Texts;
import org.chancery.domain.Transactions;
import org.chancery.domain.revision.Action;
import org.chancery.domain.revision.Change;
import org.chancery.domain.revision.Version;
import org.chancery.domain.security.Actor;
import org.jspecify.annotations.Nullable;

/** The use cases that change claims: assert, correct, deprecate, restore, revert. Curators only. */
public final class ClaimCuration {

    private final Claims claims;
    private final ClaimContext context;
    private final Transactions transactions;

    public ClaimCuration(Claims claims, ClaimContext context, Transactions transactions) {
        this.claims = claims;
        this.context = context;
        this.transactions = transactions;
    }

    /** Adds a new claim, revision 1. */
    public Version<Claim> assertClaim(Actor actor, ClaimDraft draft) {
        String author = actor.curator("assert a claim");
        draft.bounded();
        return transactions.inTransaction(() -> {
            Claim claim = unrepeated(ClaimRules.check(Claim.of(claims.nextId(), draft), context), null);
            return append(claim, 1, new Change(author, Action.CREATE, null));
        });
    }

    /** Replaces the content of a claim, for {@code reason}, if {@code expectedRevision} is still current. */
    public Version<Claim> correct(
            Actor actor, ClaimId id, int expectedRevision, ClaimDraft draft, @Nullable String reason) {
        String author = actor.curator("correct a claim");
        String why = Texts.required("reason", reason, Claim.MAX_REASON);
        draft.bounded();
        return change(
                id,
                expectedRevision,
                new Change(author, Action.CORRECT, why),
                c -> unrepeated(ClaimRules.check(c.correct(draft), context), c),
                false);
    }

    /** Marks a claim as wrong, for {@code reason}. */
    public Version<Claim> deprecate(Actor actor, ClaimId id, int expectedRevision, @Nullable String reason) {
        String author = actor.curator("deprecate a claim");
        String why = Texts.required("reason", reason, Claim.MAX_REASON);
        return change(id, expectedRevision, new Change(author, Action.DEPRECATE, why), c -> c.deprecate(why), false);
    }

    /** Takes a deprecation back: the claim gets the rank it had before it was deprecated. */
    public Version<Claim> restore(Actor actor, ClaimId id, int expectedRevision, @Nullable String summary) {
        String author = actor.curator("restore a claim");
        Change change = new Change(author, Action.RESTORE, Texts.optional("summary", summary, Claim.MAX_REASON));
        return change(id, expectedRevision, change, c -> c.restore(rankBeforeDeprecation(id)), true);
    }

    /** Makes the content of revision {@code toRevision} current again, as a new revision. */
    public Version<Claim> revert(
            Actor actor, ClaimId id, int expectedRevision, int toRevision, @Nullable String summary) {
        String author = actor.curator("revert a claim");
        String why = Texts.optional("summary", summary, Claim.MAX_REASON);
        Change change = new Change(author, Action.REVERT, why == null ? "Reverted to revision " + toRevision : why);
        return change(
                id,
                expectedRevision,
                change,
                current -> {
                    if (toRevision == expectedRevision) {
                        throw new InvalidInputException(
                                "toRevision", "Revision %d is the current one".formatted(toRevision));
                    }
                    return claims.revision(id, toRevision)
                            .orElseThrow(() -> new InvalidInputException(
                                    "toRevision", "%s has no revision %d".formatted(id, toRevision)))
                            .state();
                },
                true);
    }

    /** Applies {@code edit} to the current state; a deprecation need not pass rules that changed since. */
    private Version<Claim> change(
            ClaimId id, int expectedRevision, Change change, UnaryOperator<Claim> edit, boolean checkRules) {
        return transactions.inTransaction(() -> {
            Version<Claim> current = claims.find(id).orElseThrow(() -> new NotFoundException(id));
            ConflictException.check(id, expectedRevision, current.number());
            Claim edited = edit.apply(current.state());
            Claim next = checkRules ? ClaimRules.check(edited, context) : edited;
            return append(next, current.number() + 1, change);
        });
    }

    /**
     * Refuses a claim that cites the same words twice, or that comes to state what a current claim already
     * states (a curator adds the citation to that claim instead); a correction that leaves what its claim
     * states as it was creates no repeat, even of one that an import let in. A dataset's import accepts
     * both, as real datasets hold them.
     */
    private Claim unrepeated(Claim claim, @Nullable Claim before) {
        List<Citation> citations = claim.citations();
        for (int i = 1; i < citations.size(); i++) {
            int first = citations.indexOf(citations.get(i));
            if (first < i) {
                throw new InvalidInputException(
                        "citations[%d]".formatted(i),
                        "It repeats citation %d: cite each quote once".formatted(first + 1));
            }
        }
        if (before != null && before.statesTheSameAs(claim)) {
            return claim;
        }
        ClaimFilter same = ClaimFilter.ALL.withSubject(claim.subject()).withPredicates(Set.of(claim.predicate()));
        if (claim.object() instanceof ClaimValue.EntityValue object) {
            same = same.withObject(object.entity());
        }
        claims.find(same).stream()
                .map(Version::state)
                .filter(other -> !other.id().equals(claim.id()) && other.statesTheSameAs(claim))
                .findFirst()
                .ifPresent(other -> {
                    throw new InvalidInputException(
                            "subject",
                            "%s already states this, with the same dates and details: cite your source there"
                                    .formatted(other.id()),
                            other.id());
                });
        return claim;
    }

    private Version<Claim> append(Claim claim, int number, Change change) {
        claims.append(claim.id(), number, claim, change);
        return claims.find(claim.id()).orElseThrow();
    }

    private Rank rankBeforeDeprecation(ClaimId id) {
        List<Version<Claim>> history = claims.history(id);
        for (int i = history.size() - 1; i >= 0; i--) {
            Rank rank = history.get(i).state().rank();
            if (rank != Rank.DEPRECATED) {
                return rank;
            }
        }
        return Rank.NORMAL;
    }
}
