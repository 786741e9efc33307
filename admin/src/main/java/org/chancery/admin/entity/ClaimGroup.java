package org.chancery.admin.entity;

import java.util.List;
import org.chancery.admin.ClaimCard;
import org.chancery.admin.PredicateView;
import org.jspecify.annotations.Nullable;

/**
 * Claims of an entity page with one predicate, read in one direction; or the claims that only mention the
 * entity, which have neither.
 *
 * @param predicate the predicate
 * @param heading how it reads from the entity: its label when the entity is the subject, else its
 *     inverse label
 * @param incoming whether the entity is the claims' object, so that the page shows their subjects
 * @param claims the claims shown, current ones by start date first, deprecated ones last
 * @param total how many claims the group holds, shown or not
 */
public record ClaimGroup(
        @Nullable PredicateView predicate,
        @Nullable String heading,
        boolean incoming,
        List<ClaimCard> claims,
        int total) {

    public ClaimGroup {
        claims = List.copyOf(claims);
    }

    /** Whether the group holds more claims than are shown. */
    public boolean more() {
        return total > claims.size();
    }
}
