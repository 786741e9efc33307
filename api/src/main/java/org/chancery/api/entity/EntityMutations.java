package org.chancery.api.entity;

import java.util.List;
import org.chancery.api.Ids;
import org.chancery.api.claim.ClaimNode;
import org.chancery.domain.EntityId;
import org.chancery.domain.claim.Claims;
import org.chancery.domain.entity.Entities;
import org.chancery.domain.entity.EntityCuration;
import org.chancery.domain.entity.EntityDraft;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.merge.Merge;
import org.chancery.domain.merge.MergeCuration;
import org.chancery.domain.security.Actor;
import org.jspecify.annotations.Nullable;
import org.mapstruct.Mapper;
import org.mapstruct.NullValueMappingStrategy;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The mutations that create, correct, merge and unmerge entities; each checks the actor in its use case. */
@Controller
class EntityMutations {

    private final EntityCuration curation;
    private final MergeCuration merges;
    private final Entities entities;
    private final Claims claims;
    private final Inputs inputs;

    EntityMutations(EntityCuration curation, MergeCuration merges, Entities entities, Claims claims, Inputs inputs) {
        this.curation = curation;
        this.merges = merges;
        this.entities = entities;
        this.claims = claims;
        this.inputs = inputs;
    }

    record AliasInput(String name, @Nullable String language) {}

    record ExternalIdInput(String scheme, String value) {}

    record CreateEntityInput(
            EntityKind kind,
            String name,
            @Nullable List<AliasInput> aliases,
            @Nullable String description,
            @Nullable List<ExternalIdInput> externalIds) {}

    record UpdateEntityInput(
            String id,
            int expectedRevision,
            String reason,
            EntityKind kind,
            String name,
            @Nullable List<AliasInput> aliases,
            @Nullable String description,
            @Nullable List<ExternalIdInput> externalIds) {}

    record MergeEntitiesInput(
            String survivor,
            String merged,
            int expectedRevision,
            @Nullable String summary) {}

    record UnmergeEntityInput(
            String id, int expectedRevision, @Nullable String summary) {}

    record EntityPayload(EntityNode entity) {}

    record MergePayload(EntityNode survivor, EntityNode merged, List<ClaimNode> movedClaims) {}

    /** Maps mutation inputs to the domain's drafts. */
    @Mapper(nullValueIterableMappingStrategy = NullValueMappingStrategy.RETURN_DEFAULT)
    interface Inputs {

        EntityDraft toDraft(CreateEntityInput input);

        EntityDraft toDraft(UpdateEntityInput input);
    }

    @MutationMapping
    EntityPayload createEntity(@Argument CreateEntityInput input, @ContextValue Actor actor) {
        return new EntityPayload(new EntityNode(curation.create(actor, inputs.toDraft(input)), null));
    }

    @MutationMapping
    EntityPayload updateEntity(@Argument UpdateEntityInput input, @ContextValue Actor actor) {
        EntityId id = Ids.entity("id", input.id());
        return new EntityPayload(new EntityNode(
                curation.correct(actor, id, input.expectedRevision(), inputs.toDraft(input), input.reason()), null));
    }

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
    EntityPayload unmergeEntity(@Argument UnmergeEntityInput input, @ContextValue Actor actor) {
        EntityId id = Ids.entity("id", input.id());
        return new EntityPayload(
                new EntityNode(merges.unmerge(actor, id, input.expectedRevision(), input.summary()), null));
    }
}
