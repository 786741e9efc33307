package org.chancery.domain.revision;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One revision of an object: its whole state after a change, and the change.
 *
 * @param state the object as this revision left it
 * @param number the revision number, 1 for the first
 * @param author who made the change
 * @param recordedFrom when the registry recorded it (the database clock)
 * @param recordedUntil when the next revision replaced it, or {@code null} while it is current
 * @param action what the change did
 * @param summary why, in the author's words
 */
public record Version<T>(
        T state,
        int number,
        String author,
        Instant recordedFrom,
        @Nullable Instant recordedUntil,
        Action action,
        @Nullable String summary) {

    public Version {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(recordedFrom, "recordedFrom");
        Objects.requireNonNull(action, "action");
    }

    public boolean current() {
        return recordedUntil == null;
    }

    public <U> Version<U> map(Function<T, U> mapping) {
        return new Version<>(mapping.apply(state), number, author, recordedFrom, recordedUntil, action, summary);
    }
}
