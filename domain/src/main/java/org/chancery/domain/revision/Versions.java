package org.chancery.domain.revision;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stored versions of one kind of object, keyed by {@code I}. Implementations let the database pick
 * the winner when two changes append the same revision: the loser gets a
 * {@link org.chancery.domain.ConflictException}.
 */
public interface Versions<I, T> {

    /** The current version of {@code id}. */
    Optional<Version<T>> find(I id);

    /** The version of {@code id} that was current at {@code knownAt}. */
    Optional<Version<T>> find(I id, Instant knownAt);

    /** Revision {@code number} of {@code id}. */
    Optional<Version<T>> revision(I id, int number);

    /** Every revision of {@code id}, oldest first. */
    List<Version<T>> history(I id);

    /** The revisions {@code numbers} holds for each id, in one round trip. */
    Map<I, Map<Integer, Version<T>>> revisions(Map<I, Set<Integer>> numbers);

    /** Every revision of each of {@code ids}, oldest first, in one round trip. */
    Map<I, List<Version<T>>> histories(Collection<I> ids);

    /** A fresh id, never handed out before. */
    I nextId();

    /**
     * Records {@code state} as revision {@code number} and closes the revision before it, refusing with a
     * conflict when that revision number is taken.
     */
    void append(I id, int number, T state, Change change);
}
