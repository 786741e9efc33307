package org.chancery.admin;

import org.jspecify.annotations.Nullable;

/** The object of a claim or the value of a qualifier, as a page shows it: exactly one of the three is set. */
public record ValueView(
        @Nullable EntityRef entity,
        @Nullable String text,
        @Nullable DateView date) {

    public static ValueView of(EntityRef entity) {
        return new ValueView(entity, null, null);
    }
}
