package org.chancery.api.revision;

import java.time.Instant;
import org.chancery.domain.revision.Action;
import org.chancery.domain.revision.RecentChange;
import org.chancery.domain.revision.Version;
import org.jspecify.annotations.Nullable;

/**
 * A revision as the API shows it. {@code state} is at hand when the revision comes from an object's
 * history, and loaded on demand when it comes from the list of recent changes.
 */
public record RevisionNode(
        String objectId,
        int number,
        String author,
        Instant recordedAt,
        @Nullable Instant recordedUntil,
        Action action,
        @Nullable String summary,
        @Nullable Object loadedState) {

    public static RevisionNode of(String objectId, Version<?> version) {
        return new RevisionNode(
                objectId,
                version.number(),
                version.author(),
                version.recordedFrom(),
                version.recordedUntil(),
                version.action(),
                version.summary(),
                version.state());
    }

    public static RevisionNode of(RecentChange change) {
        return new RevisionNode(
                change.objectId().toString(),
                change.revision(),
                change.author(),
                change.recordedAt(),
                null,
                change.action(),
                change.summary(),
                null);
    }
}
