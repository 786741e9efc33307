package org.chancery.domain.claim;

/** How the registry holds a claim among others of the same subject and predicate. */
public enum Rank {
    /** Preferred over the others: the best current value. */
    PREFERRED,
    /** An ordinary claim. */
    NORMAL,
    /** Found to be wrong; kept with its reason, left out of default answers. */
    DEPRECATED
}
