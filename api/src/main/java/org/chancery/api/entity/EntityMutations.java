package org.chancery.api.entity;

import java.util.List;
import org.chancery.api.Ids;
import org.chancery.domain.EntityId;
import org.chancery.domain.entity.EntityCuration;
import org.chancery.domain.entity.EntityDraft;
import org.chancery.domain.entity.EntityKind;
import org.chancery.domain.security.Actor;
import org.jspecify.annotations.Nullable;
import org.mapstruct.Mapper;
import org.mapstruct.NullValueMappingStrategy;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The mutations that create and correct entities; each checks the actor in its use case. */
@Controller
class EntityMutations {

    private final EntityCuration curation;
    private final Inputs inputs;

    EntityMutations(EntityCuration curation, Inputs inputs) {
        this.curation = curation;
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

    record EntityPayload(EntityNode entity) {}

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
}
