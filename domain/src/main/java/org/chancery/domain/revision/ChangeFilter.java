package org.chancery.domain.revision;

import org.chancery.domain.EntityId;
import org.jspecify.annotations.Nullable;

/**
 * Which recent changes to list.
 *
 * @param author only this user's
 * @param entity only changes to this entity and to the claims about it or
 *     pointing to it
 * @param reviewed only reviewed ones ({@code true}) or unreviewed ones ({@code false}); {@code null}
 *     for both
 * @param notAuthor none of this user's, such as the changes a curator may review
 */
public record ChangeFilter(
        @Nullable String author,
        @Nullable EntityId entity,
        @Nullable Boolean reviewed,
        @Nullable String notAuthor) {

    public static final ChangeFilter ALL = new ChangeFilter(null, null, null);

    public ChangeFilter(@Nullable String author, @Nullable EntityId entity, @Nullable Boolean reviewed) {
        this(author, entity, reviewed, null);
    }

    /** The same changes, less those {@code user} made. */
    public ChangeFilter notBy(String user) {
        return new ChangeFilter(author, entity, reviewed, user);
    }
}
