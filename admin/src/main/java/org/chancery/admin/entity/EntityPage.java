package org.chancery.admin.entity;

import java.util.List;
import java.util.stream.Stream;
import org.chancery.admin.EntityRef;
import org.chancery.admin.ExternalIdView;
import org.chancery.admin.revision.RevisionRow;
import org.chancery.domain.entity.Entity;
import org.jspecify.annotations.Nullable;

/**
 * Everything the entity page shows.
 *
 * @param entity the entity, as its current revision has it
 * @param revision its current revision number
 * @param mergedInto the entity it was merged into, if it was
 * @param merged the entities merged into it
 * @param externalIds its ids in other registries
 * @param outgoing the claims about it, by predicate
 * @param incoming the claims whose object it is, by predicate
 * @param mentions the claims that name it only in a qualifier or an attribution
 * @param timeline the current claims it shows, over valid time
 * @param history its revisions, newest first
 */
public record EntityPage(
        Entity entity,
        int revision,
        @Nullable EntityRef mergedInto,
        List<EntityRef> merged,
        List<ExternalIdView> externalIds,
        List<ClaimGroup> outgoing,
        List<ClaimGroup> incoming,
        ClaimGroup mentions,
        Timeline timeline,
        List<RevisionRow> history) {

    /** Whether a group shows only some of its claims, so that the timeline draws only those. */
    public boolean partial() {
        return Stream.concat(outgoing.stream(), incoming.stream()).anyMatch(ClaimGroup::more);
    }
}
