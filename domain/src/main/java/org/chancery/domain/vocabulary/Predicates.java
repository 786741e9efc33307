package org.chancery.domain.vocabulary;

import java.util.List;
import java.util.Optional;

/** The stored vocabulary. */
public interface Predicates {

    Optional<Predicate> find(String key);

    /**
     * The predicate with {@code key}, kept from changing by anyone else until the current transaction ends:
     * what a change is checked against.
     */
    Optional<Predicate> lock(String key);

    /** Every predicate, by key. */
    List<Predicate> all();

    /** Adds {@code predicate}, or replaces the one with its key. */
    void save(Predicate predicate);
}
