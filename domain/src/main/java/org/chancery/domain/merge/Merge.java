package org.chancery.domain.merge;

import java.util.Map;
import java.util.Objects;
import org.chancery.domain.ClaimId;
import org.chancery.domain.EntityId;

/**
 * One merge, as needed to undo it.
 *
 * @param merged the entity merged away
 * @param survivor the entity it was merged into
 * @param moved each claim the merge moved, with the revision the merge wrote
 */
public record Merge(EntityId merged, EntityId survivor, Map<ClaimId, Integer> moved) {

    public Merge {
        Objects.requireNonNull(merged, "merged");
        Objects.requireNonNull(survivor, "survivor");
        moved = Map.copyOf(moved);
    }
}
