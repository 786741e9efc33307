package org.chancery.admin;

import org.chancery.domain.entity.EntityKind;
import org.jspecify.annotations.Nullable;

/**
 * An entity as a link shows it.
 *
 * @param id its id, such as {@code E17}
 * @param name its name, or its id when the registry has no such entity
 * @param kind what it is, when known
 * @param mergedInto the id of the entity it was merged into, if it was
 */
public record EntityRef(
        String id,
        String name,
        @Nullable EntityKind kind,
        @Nullable String mergedInto) {}
