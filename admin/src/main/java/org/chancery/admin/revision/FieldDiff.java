package org.chancery.admin.revision;

import java.util.Collection;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One field of an object in two revisions.
 *
 * @param label the message key naming the field
 * @param number the field's position among its like, such as citation 2, or 0 for a single field
 * @param type how its values are shown: the name of a fragment of the compare page
 * @param before its value in the earlier revision, or {@code null} when it had none (an empty list is none)
 * @param after its value in the later revision, or {@code null} when it has none
 */
public record FieldDiff(
        String label,
        int number,
        String type,
        @Nullable Object before,
        @Nullable Object after) {

    public FieldDiff {
        before = none(before);
        after = none(after);
    }

    public boolean changed() {
        return !Objects.equals(before, after);
    }

    /** {@code value}, or {@code null} for an empty list: a field with no items has no value. */
    static @Nullable Object none(@Nullable Object value) {
        return value instanceof Collection<?> list && list.isEmpty() ? null : value;
    }
}
