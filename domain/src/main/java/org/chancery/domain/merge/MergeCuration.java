package org.chancery.domain.merge;

import java.util.LinkedHashMap;
import java.util.Map;
import org.chancery.domain.ClaimId;
import org.chancery.domain.ConflictException;
import org.chancery.domain.EntityId;
import org.chancery.domain.InvalidInputException;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.Texts;
import org.chancery.domain.Transactions;
import org.chancery.domain.claim.Claim;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.entity.Entity;
import org.chancery.domain.revision.Action;
import org.chancery.domain.revision.Change;
import org.chancery.domain.revision.Version;
import org.chancery.domain.security.Actor;
import org.jspecify.annotations.Nullable;

/** The use cases that merge two entities into one, and undo a merge. Curators only. */
public final class MergeCuration {

    private final Entities entities;
    private final Claims claims;
    private final Merges merges;
    private final Transactions transactions;

    public MergeCuration(Entities entities, Claims claims, Merges merges, Transactions transactions) {
        this.entities = entities;
        this.claims = claims;
        this.merges = merges;
        this.transactions = transactions;
    }

    /**
     * Merges {@code merged} into {@code survivor}: its id resolves to the survivor from now on, and every
     * claim that refers to it is moved over with a revision of its own.
     */
    public Merge merge(
            Actor actor, EntityId survivor, EntityId merged, int expectedMergedRevision, @Nullable String summary) {
        String author = actor.curator("merge entities");
        String why = Texts.optional("summary", summary, 2000);
        return transactions.inTransaction(() -> {
            Version<Entity> target = entities.find(survivor).orElseThrow(() -> new NotFoundException(survivor));
            Version<Entity> source = entities.find(merged).orElseThrow(() -> new NotFoundException(merged));
            ConflictException.check(merged, expectedMergedRevision, source.number());
            if (target.state().merged()) {
                throw new InvalidInputException(
                        "survivor",
                        "%s was merged into %s: merge into that one"
                                .formatted(survivor, target.state().mergedInto()));
            }
            if (target.state().kind() != source.state().kind()) {
                throw new InvalidInputException(
                        "merged",
                        "%s and %s are of different kinds: only the same kind can be one entity"
                                .formatted(survivor, merged));
            }
            String text = why == null ? "Merged %s into %s".formatted(merged, survivor) : why;
            entities.append(
                    merged,
                    source.number() + 1,
                    source.state().mergeInto(survivor),
                    new Change(author, Action.MERGE, text));
            Map<ClaimId, Integer> moved = new LinkedHashMap<>();
            for (Claim claim : claims.referencing(merged)) {
                int revision = claims.find(claim.id()).orElseThrow().number() + 1;
                claims.append(
                        claim.id(), revision, claim.replace(merged, survivor), new Change(author, Action.MERGE, text));
                moved.put(claim.id(), revision);
            }
            Merge merge = new Merge(merged, survivor, moved);
            merges.add(merge);
            return merge;
        });
    }

    /**
     * Undoes the merge of {@code merged}: it stands on its own again, and the claims the merge moved point
     * back to it wherever they still point to the survivor in the place the merge changed.
     */
    public Version<Entity> unmerge(Actor actor, EntityId merged, int expectedRevision, @Nullable String summary) {
        String author = actor.curator("undo a merge");
        String why = Texts.optional("summary", summary, 2000);
        return transactions.inTransaction(() -> {
            Version<Entity> current = entities.find(merged).orElseThrow(() -> new NotFoundException(merged));
            ConflictException.check(merged, expectedRevision, current.number());
            Merge merge = merges.find(merged)
                    .orElseThrow(() ->
                            new InvalidInputException("id", "%s is not merged into another entity".formatted(merged)));
            String text = why == null ? "Undid the merge of %s into %s".formatted(merged, merge.survivor()) : why;
            Change change = new Change(author, Action.UNMERGE, text);
            entities.append(merged, current.number() + 1, current.state().unmerge(), change);
            merge.moved().forEach((id, mergeRevision) -> {
                Version<Claim> now = claims.find(id).orElseThrow();
                Claim before =
                        claims.revision(id, mergeRevision - 1).orElseThrow().state();
                Claim back = now.state().unmerge(before, merge.survivor(), merged);
                if (!back.equals(now.state())) {
                    claims.append(id, now.number() + 1, back, change);
                }
            });
            merges.remove(merged);
            return entities.find(merged).orElseThrow();
        });
    }
}
