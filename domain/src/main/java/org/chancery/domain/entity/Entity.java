package org.chancery.domain.entity;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.chancery.domain.EntityId;
import org.chancery.domain.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Something claims are about, as one revision left it.
 *
 * @param id its id
 * @param kind what it is
 * @param name the name the registry shows
 * @param aliases other names
 * @param description a line that tells it apart from others of the same name
 * @param externalIds its ids in other registries
 * @param mergedInto the entity it turned out to be, once merged; its id then resolves there
 */
public record Entity(
        EntityId id,
        EntityKind kind,
        String name,
        List<Alias> aliases,
        @Nullable String description,
        List<ExternalId> externalIds,
        @Nullable EntityId mergedInto) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        externalIds = List.copyOf(externalIds);
    }

    /** A new entity with the content of {@code draft}, which must have been checked. */
    public static Entity of(EntityId id, EntityDraft draft) {
        return new Entity(
                id, draft.kind(), draft.name(), draft.aliases(), draft.description(), draft.externalIds(), null);
    }

    public EntityDraft content() {
        return new EntityDraft(kind, name, aliases, description, externalIds);
    }

    /** This entity with the content of {@code draft}; refuses an entity that was merged away. */
    public Entity correct(EntityDraft draft) {
        requireNotMerged();
        return new Entity(
                id, draft.kind(), draft.name(), draft.aliases(), draft.description(), draft.externalIds(), null);
    }

    /** This entity, merged into {@code survivor}. */
    public Entity mergeInto(EntityId survivor) {
        requireNotMerged();
        if (survivor.equals(id)) {
            throw new InvalidInputException("survivor", "An entity cannot be merged into itself");
        }
        return new Entity(id, kind, name, aliases, description, externalIds, survivor);
    }

    /** This entity on its own again. */
    public Entity unmerge() {
        if (mergedInto == null) {
            throw new InvalidInputException("id", "%s is not merged into another entity".formatted(id));
        }
        return new Entity(id, kind, name, aliases, description, externalIds, null);
    }

    public boolean merged() {
        return mergedInto != null;
    }

    private void requireNotMerged() {
        if (mergedInto != null) {
            throw new InvalidInputException("id", "%s was merged into %s: change that one".formatted(id, mergedInto));
        }
    }

    /** Every name it goes by, the shown one first. */
    public List<String> names() {
        return Stream.concat(Stream.of(name), aliases.stream().map(Alias::name)).toList();
    }
}
