package org.chancery.domain;

import java.util.Set;
import java.util.SortedMap;

/**
 * A number that grows with every committed change to what the registry holds (entities, sources, claims,
 * the vocabulary, merges, reviews), read the same by every instance that shares the database, and what
 * each change touched: an answer computed at one version stays true until a later change touches one of
 * the {@link ChangeKeys} it read.
 */
public interface RegistryVersion {

    long current();

    /**
     * The keys each committed change after {@code version} touched, by the version it made. A change
     * whose keys are no longer known (or were never told) is given as {@link ChangeKeys#EVERYTHING}, so a
     * version missing from the answer, below its last, means everything changed.
     */
    SortedMap<Long, Set<String>> touchedAfter(long version);
}
