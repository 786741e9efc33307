package org.chancery.domain.merge;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancery.domain.EntityId;

/** The stored merges that have not been undone. */
public interface Merges {

    void add(Merge merge);

    /** The merge of {@code merged} into another entity, while it stands. */
    Optional<Merge> find(EntityId merged);

    /** The entities merged into {@code survivor}. */
    List<EntityId> mergedInto(EntityId survivor);

    /** The entities merged into each of {@code survivors}, in one round trip. */
    Map<EntityId, List<EntityId>> mergedInto(Collection<EntityId> survivors);

    void remove(EntityId merged);
}
