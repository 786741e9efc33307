package org.chancery.domain.vocabulary;

import java.util.List;
import java.util.Optional;

/** The stored vocabulary. */
public interface Predicates {

    Optional<Predicate> find(String key);

    /** Every predicate, by key. */
    List<Predicate> all();

    /** Adds {@code predicate}, or replaces the one with its key. */
    void save(Predicate predicate);
}
