package org.chancery.domain.claim;

import org.chancery.domain.EntityId;
import org.jspecify.annotations.Nullable;

/**
 * One link of an attribution chain: an entity where the registry has one, else a text.
 *
 * @param entity who made or relayed the statement
 * @param text who made or relayed it, when there is no entity for them
 */
public record AttributionLink(
        @Nullable EntityId entity, @Nullable String text) {

    public static AttributionLink of(EntityId entity) {
        return new AttributionLink(entity, null);
    }

    public static AttributionLink of(String text) {
        return new AttributionLink(null, text);
    }
}
