package org.chancery.domain.security;

/** What a user may do; each role may do everything the ones before it may. */
public enum Role {
    /** Reads, including where reads are restricted to signed-in users. */
    READER,
    /** Adds and corrects entities, sources and claims, and reviews others' revisions. */
    CURATOR,
    /** Also edits the vocabulary and manages users. */
    ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }
}
