package org.chancery.domain.revision;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chancery.domain.NodeId;
import org.chancery.domain.Slice;
import org.jspecify.annotations.Nullable;

/** The revisions of every object, newest first, and the reviews of them. */
public interface History {

    /** Up to {@code size} changes that {@code filter} keeps, newest first, after {@code after} if given. */
    Slice<RecentChange> recent(ChangeFilter filter, int size, @Nullable RecentChange after);

    /** Revision {@code revision} of {@code objectId}, if it exists. */
    Optional<RecentChange> find(NodeId objectId, int revision);

    /** Records that {@code reviewer} checked the revision, at the database's time; once per reviewer. */
    void review(RevisionKey revision, String reviewer);

    /** The reviews of each of the revisions {@code keys} (object id and revision), in one round trip. */
    Map<RevisionKey, List<Review>> reviews(Collection<RevisionKey> keys);

    /** A revision of an object. */
    record RevisionKey(NodeId objectId, int revision) {}
}
