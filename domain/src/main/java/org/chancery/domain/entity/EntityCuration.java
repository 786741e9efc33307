package org.chancery.domain.entity;

import org.chancery.domain.ConflictException;
import org.chancery.domain.EntityId;
import org.chancery.domain.NotFoundException;
import org.chancery.domain.Texts;
import org.chancery.domain.Transactions;
import org.chancery.domain.revision.Action;
import org.chancery.domain.revision.Change;
import org.chancery.domain.revision.Version;
import org.chancery.domain.security.Actor;
import org.jspecify.annotations.Nullable;

/** The use cases that create and correct entities. Curators only. */
public final class EntityCuration {

    private final Entities entities;
    private final Transactions transactions;

    public EntityCuration(Entities entities, Transactions transactions) {
        this.entities = entities;
        this.transactions = transactions;
    }

    public Version<Entity> create(Actor actor, EntityDraft draft) {
        String author = actor.curator("create an entity");
        EntityDraft checked = draft.checked();
        return transactions.inTransaction(() -> {
            Entity entity = Entity.of(entities.nextId(), checked);
            entities.append(entity.id(), 1, entity, new Change(author, Action.CREATE, null));
            return entities.find(entity.id()).orElseThrow();
        });
    }

    /** Replaces the content of an entity, for {@code reason}, if {@code expectedRevision} is still current. */
    public Version<Entity> correct(
            Actor actor, EntityId id, int expectedRevision, EntityDraft draft, @Nullable String reason) {
        String author = actor.curator("correct an entity");
        String why = Texts.required("reason", reason, 2000);
        EntityDraft checked = draft.checked();
        return transactions.inTransaction(() -> {
            Version<Entity> current = entities.find(id).orElseThrow(() -> new NotFoundException(id));
            ConflictException.check(id, expectedRevision, current.number());
            Entity next = current.state().correct(checked);
            entities.append(id, current.number() + 1, next, new Change(author, Action.CORRECT, why));
            return entities.find(id).orElseThrow();
        });
    }
}
