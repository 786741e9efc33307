package org.chancery.domain.revision;

import java.time.Instant;
import java.util.Objects;
import org.chancery.domain.NodeId;
import org.jspecify.annotations.Nullable;

/**
 * One revision of any object, as the list of recent changes shows it.
 *
 * @param objectId the object changed
 * @param revision the revision number
 * @param author who made it
 * @param recordedAt when the registry recorded it
 * @param action what it did
 * @param summary why
 */
public record RecentChange(
        NodeId objectId,
        int revision,
        String author,
        Instant recordedAt,
        Action action,
        @Nullable String summary) {

    public RecentChange {
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(action, "action");
    }
}
