package org.chancery.domain.merge;

import java.util.List;
import java.util.Optional;
import org.chancery.domain.entity.EntityId;

/** The stored merges that have not been undone. */
public interface Merges {

    void add(Merge merge);

    /** The merge of {@code merged} into another entity, while it stands. */
    Optional<Merge> find(EntityId merged);

    /** The entities merged into {@code survivor}. */
    List<EntityId> mergedInto(EntityId survivor);

    void remove(EntityId merged);
}
