package org.chancery.api.merge;

import java.util.List;
import org.chancery.api.Ids;
import org.chancery.api.claim.ClaimNode;
import org.chancery.api.entity.EntityNode;
import org.chancery.domain.EntityId;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.merge.Merge;
import org.chancery.domain.merge.MergeCuration;
import org.chancery.domain.security.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The mutations that merge two entities and undo a merge; each checks the actor in its use case. */
@Controller
class MergeMutations {

    private final MergeCuration merges;
    private final Entities entities;
    private final Claims claims;

    MergeMutations(MergeCuration merges, Entities entities, Claims claims) {
        this.merges = merges;
        this.entities = entities;
        this.claims = claims;
    }

    record MergeEntitiesInput(
            String survivor,
            String merged,
            int expectedRevision,
            @Nullable String summary) {}

    record UnmergeEntityInput(
            String id, int expectedRevision, @Nullable String summary) {}

    record MergePayload(EntityNode survivor, EntityNode merged, List<ClaimNode> movedClaims) {}

    record UnmergePayload(EntityNode entity) {}

    @MutationMapping
    MergePayload mergeEntities(@Argument MergeEntitiesInput input, @ContextValue Actor actor) {
        EntityId survivor = Ids.entity("survivor", input.survivor());
        EntityId merged = Ids.entity("merged", input.merged());
        Merge merge = merges.merge(actor, survivor, merged, input.expectedRevision(), input.summary());
        return new MergePayload(
                new EntityNode(entities.find(survivor).orElseThrow(), null),
                new EntityNode(entities.find(merged).orElseThrow(), null),
                claims.findAll(merge.moved().keySet(), null).values().stream()
                        .map(v -> new ClaimNode(v, null))
                        .toList());
    }

    @MutationMapping
    UnmergePayload unmergeEntity(@Argument UnmergeEntityInput input, @ContextValue Actor actor) {
        EntityId id = Ids.entity("id", input.id());
        return new UnmergePayload(
                new EntityNode(merges.unmerge(actor, id, input.expectedRevision(), input.summary()), null));
    }
}
